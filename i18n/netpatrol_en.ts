<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>errors</name>
        <message>
            <source>The operation failed.</source>
            <translation>The operation failed.</translation>
        </message>
        <message>
            <source>The command was not used correctly.</source>
            <translation>The command was not used correctly.</translation>
        </message>
        <message>
            <source>{what} {ident} was not found.</source>
            <translation>{what} {ident} was not found.</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>The vault is locked.</translation>
        </message>
        <message>
            <source>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</source>
            <translation>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</translation>
        </message>
        <message>
            <source>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</source>
            <translation>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</translation>
        </message>
        <message>
            <source>There is no vault at {path}. Create one first with 'netpatrol init'.</source>
            <translation>There is no vault at {path}. Create one first with 'netpatrol init'.</translation>
        </message>
        <message>
            <source>A file already exists at {path}; it was left untouched.</source>
            <translation>A file already exists at {path}; it was left untouched.</translation>
        </message>
        <message>
            <source>{path} is not a NetPatrol vault (it is empty, too short or of another kind). Nothing was changed.</source>
            <translation>{path} is not a NetPatrol vault (it is empty, too short or of another kind). Nothing was changed.</translation>
        </message>
        <message>
            <source>The vault file is damaged or was altered ({detail}). It was not changed or repaired; keep it and restore a backup.</source>
            <translation>The vault file is damaged or was altered ({detail}). It was not changed or repaired; keep it and restore a backup.</translation>
        </message>
        <message>
            <source>This vault was written by a newer NetPatrol (schema {found}; this version knows up to {known}). Update NetPatrol; the vault was not changed.</source>
            <translation>This vault was written by a newer NetPatrol (schema {found}; this version knows up to {known}). Update NetPatrol; the vault was not changed.</translation>
        </message>
        <message>
            <source>Integrity check failed: {detail}</source>
            <translation>Integrity check failed: {detail}</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was written; free some space and try again.</source>
            <translation>The disk is full. Nothing was written; free some space and try again.</translation>
        </message>
        <message>
            <source>NetPatrol cannot write to {path} (read-only or no permission). Nothing was written.</source>
            <translation>NetPatrol cannot write to {path} (read-only or no permission). Nothing was written.</translation>
        </message>
        <message>
            <source>A sealed identity can only be revealed with a stated reason and the vault passphrase.</source>
            <translation>A sealed identity can only be revealed with a stated reason and the vault passphrase.</translation>
        </message>
        <message>
            <source>Step {step} cannot be done yet: {reason}</source>
            <translation>Step {step} cannot be done yet: {reason}</translation>
        </message>
        <message>
            <source>A case needs a title.</source>
            <translation>A case needs a title.</translation>
        </message>
        <message>
            <source>Case number {number} is already used by another case.</source>
            <translation>Case number {number} is already used by another case.</translation>
        </message>
        <message>
            <source>A person needs a name (or an alias if the name is unknown).</source>
            <translation>A person needs a name (or an alias if the name is unknown).</translation>
        </message>
        <message>
            <source>State why this identity must be revealed.</source>
            <translation>State why this identity must be revealed.</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Informant</source>
            <translation>Informant</translation>
        </message>
        <message>
            <source>Victim</source>
            <translation>Victim</translation>
        </message>
        <message>
            <source>Suspect</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
    </context>
    <context>
        <name>verify</name>
        <message>
            <source>entry {expected} is missing (the next present is {seq}).</source>
            <translation>entry {expected} is missing (the next present is {seq}).</translation>
        </message>
        <message>
            <source>entry {seq} does not follow entry {before} (its previous-entry hash differs).</source>
            <translation>entry {seq} does not follow entry {before} (its previous-entry hash differs).</translation>
        </message>
        <message>
            <source>entry {seq} was altered (its hash does not match its content).</source>
            <translation>entry {seq} was altered (its hash does not match its content).</translation>
        </message>
        <message>
            <source>the chain ends at entry {last} but the recorded head is entry {recorded}: entries were removed from the end.</source>
            <translation>the chain ends at entry {last} but the recorded head is entry {recorded}: entries were removed from the end.</translation>
        </message>
        <message>
            <source>{count} page(s) of the file failed authentication (first: {first}).</source>
            <translation>{count} page(s) of the file failed authentication (first: {first}).</translation>
        </message>
        <message>
            <source>The database structure is damaged: {detail}</source>
            <translation>The database structure is damaged: {detail}</translation>
        </message>
        <message>
            <source>The append-only guard {guard} was removed: records may have been edited.</source>
            <translation>The append-only guard {guard} was removed: records may have been edited.</translation>
        </message>
        <message>
            <source>Audit chain broken at entry {seq}: {reason}</source>
            <translation>Audit chain broken at entry {seq}: {reason}</translation>
        </message>
        <message>
            <source>{table} row {ident} refers to audit entry {seq}, which is missing.</source>
            <translation>{table} row {ident} refers to audit entry {seq}, which is missing.</translation>
        </message>
        <message>
            <source>{table} row {ident} differs from what audit entry {seq} recorded.</source>
            <translation>{table} row {ident} differs from what audit entry {seq} recorded.</translation>
        </message>
        <message>
            <source>Artifact {ident}: its bytes no longer match the SHA-256 taken at acquisition.</source>
            <translation>Artifact {ident}: its bytes no longer match the SHA-256 taken at acquisition.</translation>
        </message>
    </context>
</TS>
