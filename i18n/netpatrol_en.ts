<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>NetPatrol</source>
            <translation>NetPatrol</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About NetPatrol</source>
            <translation>About NetPatrol</translation>
        </message>
        <message>
            <source>NetPatrol (Internet Patrol Workstation)</source>
            <translation>NetPatrol (Internet Patrol Workstation)</translation>
        </message>
        <message>
            <source>Patrol, evidence capture and an encrypted case vault for officers who protect children from sexual exploitation online. Everything stays on this workstation.</source>
            <translation>Patrol, evidence capture and an encrypted case vault for officers who protect children from sexual exploitation online. Everything stays on this workstation.</translation>
        </message>
    </context>
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>Add a person to case {number}</source>
            <translation>Add a person to case {number}</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name, or an alias if the name is not known</source>
            <translation>Name, or an alias if the name is not known</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>This identity will be sealed: everywhere else the case shows only a pseudonym, and seeing the name again needs a reason and the passphrase.</source>
            <translation>This identity will be sealed: everywhere else the case shows only a pseudonym, and seeing the name again needs a reason and the passphrase.</translation>
        </message>
        <message>
            <source>This person's name and details are stored as entered.</source>
            <translation>This person's name and details are stored as entered.</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <source>Search cases and captured text…</source>
            <translation>Search cases and captured text…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>Show more</translation>
        </message>
        <message>
            <source>No cases yet.
A case holds the captures, people and steps of one matter.</source>
            <translation>No cases yet.
A case holds the captures, people and steps of one matter.</translation>
        </message>
        <message>
            <source>Create the first case</source>
            <translation>Create the first case</translation>
        </message>
        <message>
            <source>No case matches this search or filter.</source>
            <translation>No case matches this search or filter.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Choose a case in the list on the left, or create a new one.</source>
            <translation>Choose a case in the list on the left, or create a new one.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Platforms:</source>
            <translation>Platforms:</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>Officer:</translation>
        </message>
        <message>
            <source>Opened:</source>
            <translation>Opened:</translation>
        </message>
        <message>
            <source>Last change:</source>
            <translation>Last change:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Add person…</translation>
        </message>
        <message>
            <source>&amp;Reveal identity…</source>
            <translation>&amp;Reveal identity…</translation>
        </message>
        <message>
            <source>Reporters, informants and victims are sealed: only their pseudonym is shown and printed.</source>
            <translation>Reporters, informants and victims are sealed: only their pseudonym is shown and printed.</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>{time} (revision {revision})</source>
            <translation>{time} (revision {revision})</translation>
        </message>
        <message>
            <source>(sealed)</source>
            <translation>(sealed)</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the vault passphrase</source>
            <translation>Change the vault passphrase</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Change</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>NetPatrol: internal error</source>
            <translation>NetPatrol: internal error</translation>
        </message>
        <message>
            <source>NetPatrol hit an internal error ({kind}). This is a fault in the program, not something you did. Evidence already saved in the vault is safe. Please give the log file below to your IT support:</source>
            <translation>NetPatrol hit an internal error ({kind}). This is a fault in the program, not something you did. Evidence already saved in the vault is safe. Please give the log file below to your IT support:</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>&amp;Quit NetPatrol</source>
            <translation>&amp;Quit NetPatrol</translation>
        </message>
        <message>
            <source>Open log &amp;folder</source>
            <translation>Open log &amp;folder</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>NetPatrol — first start</source>
            <translation>NetPatrol — first start</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Lock vault</source>
            <translation>&amp;Lock vault</translation>
        </message>
        <message>
            <source>&amp;Unlock vault…</source>
            <translation>&amp;Unlock vault…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Add person…</translation>
        </message>
        <message>
            <source>&amp;Reveal sealed identity…</source>
            <translation>&amp;Reveal sealed identity…</translation>
        </message>
        <message>
            <source>&amp;Case list</source>
            <translation>&amp;Case list</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Verify vault integrity…</source>
            <translation>&amp;Verify vault integrity…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Open &amp;log folder</translation>
        </message>
        <message>
            <source>&amp;About NetPatrol</source>
            <translation>&amp;About NetPatrol</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>The vault is locked.
Cases and evidence are hidden until it is unlocked.</source>
            <translation>The vault is locked.
Cases and evidence are hidden until it is unlocked.</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Unlock…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation>Vault locked</translation>
        </message>
        <message>
            <source>Vault unlocked</source>
            <translation>Vault unlocked</translation>
        </message>
        <message>
            <source>Officer: {officer} ({unit})</source>
            <translation>Officer: {officer} ({unit})</translation>
        </message>
        <message>
            <source>Audit chain #{seq} {digest}</source>
            <translation>Audit chain #{seq} {digest}</translation>
        </message>
        <message>
            <source>NetPatrol</source>
            <translation>NetPatrol</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Choose a case first.</translation>
        </message>
        <message>
            <source>Choose a sealed person in the case's People tab first.</source>
            <translation>Choose a sealed person in the case's People tab first.</translation>
        </message>
        <message>
            <source>Verifying the vault…</source>
            <translation>Verifying the vault…</translation>
        </message>
        <message>
            <source>Vault verified</source>
            <translation>Vault verified</translation>
        </message>
        <message>
            <source>The vault is intact: {entries} audit entries, {rows} evidence rows and {artifacts} artifacts checked.</source>
            <translation>The vault is intact: {entries} audit entries, {rows} evidence rows and {artifacts} artifacts checked.</translation>
        </message>
        <message>
            <source>Integrity problem</source>
            <translation>Integrity problem</translation>
        </message>
        <message>
            <source>The vault failed verification. Keep the file as it is and report it:
{problems}</source>
            <translation>The vault failed verification. Keep the file as it is and report it:
{problems}</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Platforms:</source>
            <translation>Platforms:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>What the case is about, without any victim's name</source>
            <translation>What the case is about, without any victim's name</translation>
        </message>
        <message>
            <source>&amp;Create case</source>
            <translation>&amp;Create case</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>At least {n} characters; a short sentence is best</source>
            <translation>At least {n} characters; a short sentence is best</translation>
        </message>
        <message>
            <source>Minimum {n} characters.</source>
            <translation>Minimum {n} characters.</translation>
        </message>
        <message>
            <source>Meets the passphrase rule ({count} characters).</source>
            <translation>Meets the passphrase rule ({count} characters).</translation>
        </message>
        <message>
            <source>The two entries match.</source>
            <translation>The two entries match.</translation>
        </message>
        <message>
            <source>The two entries do not match.</source>
            <translation>The two entries do not match.</translation>
        </message>
    </context>
    <context>
        <name>RevealRequestDialog</name>
        <message>
            <source>Reveal a sealed identity</source>
            <translation>Reveal a sealed identity</translation>
        </message>
        <message>
            <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {minutes} minutes only.</source>
            <translation>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {minutes} minutes only.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Why must this identity be seen now? (required)</source>
            <translation>Why must this identity be seen now? (required)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Reveal</source>
            <translation>&amp;Reveal</translation>
        </message>
    </context>
    <context>
        <name>RevealedIdentityDialog</name>
        <message>
            <source>Sealed identity: {pseudonym}</source>
            <translation>Sealed identity: {pseudonym}</translation>
        </message>
        <message>
            <source>Revealed for: {reason}. Do not copy, photograph or pass on; it hides itself at {time}.</source>
            <translation>Revealed for: {reason}. Do not copy, photograph or pass on; it hides itself at {time}.</translation>
        </message>
        <message>
            <source>Hidden in {minutes}:{seconds:02d}</source>
            <translation>Hidden in {minutes}:{seconds:02d}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Officer name:</source>
            <translation>&amp;Officer name:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>Lock after &amp;idle minutes:</source>
            <translation>Lock after &amp;idle minutes:</translation>
        </message>
        <message>
            <source>Show revealed identity for (minutes):</source>
            <translation>Show revealed identity for (minutes):</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;hange passphrase…</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message>
            <source>The vault is locked. Enter its passphrase to continue.</source>
            <translation>The vault is locked. Enter its passphrase to continue.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
    </context>
    <context>
        <name>_IntroPage</name>
        <message>
            <source>Welcome to NetPatrol</source>
            <translation>Welcome to NetPatrol</translation>
        </message>
        <message>
            <source>This workstation keeps every case, capture and sealed identity in one encrypted vault. The next pages set who works here, the passphrase that opens the vault, and where the vault file is kept.

The passphrase cannot be recovered: if it is lost, so is the vault.</source>
            <translation>This workstation keeps every case, capture and sealed identity in one encrypted vault. The next pages set who works here, the passphrase that opens the vault, and where the vault file is kept.

The passphrase cannot be recovered: if it is lost, so is the vault.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <source>Vault location</source>
            <translation>Vault location</translation>
        </message>
        <message>
            <source>One encrypted file. Keep it on this workstation's own disk and back it up.</source>
            <translation>One encrypted file. Keep it on this workstation's own disk and back it up.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Press Finish to create the vault. This takes a few seconds.</source>
            <translation>Press Finish to create the vault. This takes a few seconds.</translation>
        </message>
        <message>
            <source>Vault file</source>
            <translation>Vault file</translation>
        </message>
        <message>
            <source>NetPatrol vault (*.npv)</source>
            <translation>NetPatrol vault (*.npv)</translation>
        </message>
    </context>
    <context>
        <name>_OfficerPage</name>
        <message>
            <source>Officer and unit</source>
            <translation>Officer and unit</translation>
        </message>
        <message>
            <source>Recorded with every action in the audit log and printed on documents.</source>
            <translation>Recorded with every action in the audit log and printed on documents.</translation>
        </message>
        <message>
            <source>&amp;Officer name:</source>
            <translation>&amp;Officer name:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>Case &amp;number format:</source>
            <translation>Case &amp;number format:</translation>
        </message>
        <message>
            <source>First number:</source>
            <translation>First number:</translation>
        </message>
        <message>
            <source>{roc_year} is the ROC year, {year} the Western year, {seq:04d} the running number.</source>
            <translation>{roc_year} is the ROC year, {year} the Western year, {seq:04d} the running number.</translation>
        </message>
        <message>
            <source>Not a usable format: it needs {seq}.</source>
            <translation>Not a usable format: it needs {seq}.</translation>
        </message>
    </context>
    <context>
        <name>_PassphrasePage</name>
        <message>
            <source>Vault passphrase</source>
            <translation>Vault passphrase</translation>
        </message>
        <message>
            <source>Needed to unlock the vault and to reveal a sealed identity. Nobody can reset it.</source>
            <translation>Needed to unlock the vault and to reveal a sealed identity. Nobody can reset it.</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>The id must be 1–40 lower-case letters, digits, '-' or '_'.</source>
            <translation>The id must be 1–40 lower-case letters, digits, '-' or '_'.</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>The name is empty.</translation>
        </message>
        <message>
            <source>The home page must be a complete http:// or https:// address.</source>
            <translation>The home page must be a complete http:// or https:// address.</translation>
        </message>
        <message>
            <source>The search address must be an http:// or https:// address containing {q}.</source>
            <translation>The search address must be an http:// or https:// address containing {q}.</translation>
        </message>
        <message>
            <source>The colour must be written #RRGGBB.</source>
            <translation>The colour must be written #RRGGBB.</translation>
        </message>
        <message>
            <source>The badge has at most 3 characters.</source>
            <translation>The badge has at most 3 characters.</translation>
        </message>
        <message>
            <source>Each platform must be an object.</source>
            <translation>Each platform must be an object.</translation>
        </message>
        <message>
            <source>Every field of a platform is text.</source>
            <translation>Every field of a platform is text.</translation>
        </message>
        <message>
            <source>The file must hold one JSON object.</source>
            <translation>The file must hold one JSON object.</translation>
        </message>
        <message>
            <source>This field must be non-empty text.</source>
            <translation>This field must be non-empty text.</translation>
        </message>
        <message>
            <source>Every keyword must be non-empty text.</source>
            <translation>Every keyword must be non-empty text.</translation>
        </message>
        <message>
            <source>The keyword is empty.</source>
            <translation>The keyword is empty.</translation>
        </message>
        <message>
            <source>My keywords</source>
            <translation>My keywords</translation>
        </message>
        <message>
            <source>A list is expected here.</source>
            <translation>A list is expected here.</translation>
        </message>
        <message>
            <source>'{value}' appears twice.</source>
            <translation>'{value}' appears twice.</translation>
        </message>
    </context>
    <context>
        <name>checklist</name>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Does not apply</translation>
        </message>
        <message>
            <source>Does not apply to this case.</source>
            <translation>Does not apply to this case.</translation>
        </message>
        <message>
            <source>Depends on “{fact}”, which is recorded with step “{step}”.</source>
            <translation>Depends on “{fact}”, which is recorded with step “{step}”.</translation>
        </message>
        <message>
            <source>Waits for: {steps}.</source>
            <translation>Waits for: {steps}.</translation>
        </message>
        <message>
            <source>Evidence capture is not complete: this case has no capture yet. Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
            <translation>Evidence capture is not complete: this case has no capture yet. Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</translation>
        </message>
        <message>
            <source>Evidence capture is not complete: {count} of {total} captured addresses have no complete capture ({ids}). Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
            <translation>Evidence capture is not complete: {count} of {total} captured addresses have no complete capture ({ids}). Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</translation>
        </message>
        <message>
            <source>it is already done; undo it first to record it again.</source>
            <translation>it is already done; undo it first to record it again.</translation>
        </message>
        <message>
            <source>it is completed by the application when this happens: {events}.</source>
            <translation>it is completed by the application when this happens: {events}.</translation>
        </message>
        <message>
            <source>it is not done, so there is nothing to undo.</source>
            <translation>it is not done, so there is nothing to undo.</translation>
        </message>
        <message>
            <source>LANGUAGE=en</source>
            <translation>LANGUAGE=en</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Repeat the passphrase: </translation>
        </message>
        <message>
            <source>Vault passphrase: </source>
            <translation>Vault passphrase: </translation>
        </message>
        <message>
            <source>New vault passphrase: </source>
            <translation>New vault passphrase: </translation>
        </message>
        <message>
            <source>Vault created at {path}.</source>
            <translation>Vault created at {path}.</translation>
        </message>
        <message>
            <source>No cases yet.</source>
            <translation>No cases yet.</translation>
        </message>
        <message>
            <source>Status: {status}   Officer: {officer}   Unit: {unit}</source>
            <translation>Status: {status}   Officer: {officer}   Unit: {unit}</translation>
        </message>
        <message>
            <source>Platforms: {platforms}</source>
            <translation>Platforms: {platforms}</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>People:</translation>
        </message>
        <message>
            <source>Artifacts:</source>
            <translation>Artifacts:</translation>
        </message>
        <message>
            <source>Name: </source>
            <translation>Name: </translation>
        </message>
        <message>
            <source>Passphrase again, to reveal: </source>
            <translation>Passphrase again, to reveal: </translation>
        </message>
        <message>
            <source>Revealed for: {reason}. This reveal is recorded in the audit log.</source>
            <translation>Revealed for: {reason}. This reveal is recorded in the audit log.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>Audit entries: {n}, evidence rows: {rows}, artifacts re-hashed: {a} ({b} bytes).</source>
            <translation>Audit entries: {n}, evidence rows: {rows}, artifacts re-hashed: {a} ({b} bytes).</translation>
        </message>
        <message>
            <source>Audit chain head: {head}</source>
            <translation>Audit chain head: {head}</translation>
        </message>
        <message>
            <source>The vault is intact.</source>
            <translation>The vault is intact.</translation>
        </message>
        <message>
            <source>vault file (default: the workstation vault)</source>
            <translation>vault file (default: the workstation vault)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>machine-readable output</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>NetPatrol: patrol, evidence capture and case vault.</source>
            <translation>NetPatrol: patrol, evidence capture and case vault.</translation>
        </message>
        <message>
            <source>create a vault</source>
            <translation>create a vault</translation>
        </message>
        <message>
            <source>officer name recorded in the audit log</source>
            <translation>officer name recorded in the audit log</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>case number format, e.g. NP-{roc_year}-{seq:04d}</source>
            <translation>case number format, e.g. NP-{roc_year}-{seq:04d}</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>create a case; prints its id</source>
            <translation>create a case; prints its id</translation>
        </message>
        <message>
            <source>platform (repeatable)</source>
            <translation>platform (repeatable)</translation>
        </message>
        <message>
            <source>case number (default: next in the unit's format)</source>
            <translation>case number (default: next in the unit's format)</translation>
        </message>
        <message>
            <source>list cases, newest first</source>
            <translation>list cases, newest first</translation>
        </message>
        <message>
            <source>show a case</source>
            <translation>show a case</translation>
        </message>
        <message>
            <source>people in a case</source>
            <translation>people in a case</translation>
        </message>
        <message>
            <source>add a person (reporter, informant and victim are sealed)</source>
            <translation>add a person (reporter, informant and victim are sealed)</translation>
        </message>
        <message>
            <source>name (asked when omitted, so it stays out of shell history)</source>
            <translation>name (asked when omitted, so it stays out of shell history)</translation>
        </message>
        <message>
            <source>reveal a sealed identity (reason required, audited)</source>
            <translation>reveal a sealed identity (reason required, audited)</translation>
        </message>
        <message>
            <source>person id or pseudonym, e.g. 被害人1</source>
            <translation>person id or pseudonym, e.g. 被害人1</translation>
        </message>
        <message>
            <source>full-text search over cases and captured text</source>
            <translation>full-text search over cases and captured text</translation>
        </message>
        <message>
            <source>check the vault's hashes and audit chain</source>
            <translation>check the vault's hashes and audit chain</translation>
        </message>
        <message>
            <source>check browser, capture, vault and PDF offscreen</source>
            <translation>check browser, capture, vault and PDF offscreen</translation>
        </message>
        <message>
            <source>Interrupted; nothing was half-written.</source>
            <translation>Interrupted; nothing was half-written.</translation>
        </message>
        <message>
            <source>Internal error: this is a bug in NetPatrol. Details are in {log}.</source>
            <translation>Internal error: this is a bug in NetPatrol. Details are in {log}.</translation>
        </message>
    </context>
    <context>
        <name>clocks</name>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Met late</source>
            <translation>Met late</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Does not apply</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>overdue by {amount}</source>
            <translation>overdue by {amount}</translation>
        </message>
        <message>
            <source>{amount} left</source>
            <translation>{amount} left</translation>
        </message>
    </context>
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
            <source>Step {step} needs a note saying what was done.</source>
            <translation>Step {step} needs a note saying what was done.</translation>
        </message>
        <message>
            <source>Step {step} has no field “{field}” (fields: {known}).</source>
            <translation>Step {step} has no field “{field}” (fields: {known}).</translation>
        </message>
        <message>
            <source>Step {step} needs the field “{field}”.</source>
            <translation>Step {step} needs the field “{field}”.</translation>
        </message>
        <message>
            <source>“{value}” is not a choice of {field} (choices: {known}).</source>
            <translation>“{value}” is not a choice of {field} (choices: {known}).</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time (use 2025-07-08T14:30).</source>
            <translation>“{value}” is not a date and time (use 2025-07-08T14:30).</translation>
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
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>A person needs a name (or an alias if the name is unknown).</source>
            <translation>A person needs a name (or an alias if the name is unknown).</translation>
        </message>
        <message>
            <source>State why this identity must be revealed.</source>
            <translation>State why this identity must be revealed.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Procedure file {file}, line {line}: {problem}</source>
            <translation>Procedure file {file}, line {line}: {problem}</translation>
        </message>
        <message>
            <source>No passphrase: set NETPATROL_PASSPHRASE or run the command in a terminal.</source>
            <translation>No passphrase: set NETPATROL_PASSPHRASE or run the command in a terminal.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Nothing was created.</source>
            <translation>The two passphrases differ. Nothing was created.</translation>
        </message>
        <message>
            <source>--name is required when not run in a terminal.</source>
            <translation>--name is required when not run in a terminal.</translation>
        </message>
        <message>
            <source>{path}, line {line}: {problem}</source>
            <translation>{path}, line {line}: {problem}</translation>
        </message>
        <message>
            <source>Patrol {ident} has already ended.</source>
            <translation>Patrol {ident} has already ended.</translation>
        </message>
        <message>
            <source>Artifact</source>
            <translation>Artifact</translation>
        </message>
        <message>
            <source>truncated: the size is not a whole number of pages</source>
            <translation>truncated: the size is not a whole number of pages</translation>
        </message>
        <message>
            <source>a page failed its authentication check</source>
            <translation>a page failed its authentication check</translation>
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
        <name>person</name>
        <message>
            <source>Account or alias</source>
            <translation>Account or alias</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone or contact</source>
            <translation>Phone or contact</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>procedure</name>
        <message>
            <source>{where} must be an object {{…}}.</source>
            <translation>{where} must be an object {{…}}.</translation>
        </message>
        <message>
            <source>unknown key "{key}" in {where} (allowed: {allowed}).</source>
            <translation>unknown key "{key}" in {where} (allowed: {allowed}).</translation>
        </message>
        <message>
            <source>{where} lacks the required key "{key}".</source>
            <translation>{where} lacks the required key "{key}".</translation>
        </message>
        <message>
            <source>{where} must be a non-empty text.</source>
            <translation>{where} must be a non-empty text.</translation>
        </message>
        <message>
            <source>{where} has the malformed value "{value}".</source>
            <translation>{where} has the malformed value "{value}".</translation>
        </message>
        <message>
            <source>{where} must be true or false.</source>
            <translation>{where} must be true or false.</translation>
        </message>
        <message>
            <source>{where} must be a list […].</source>
            <translation>{where} must be a list […].</translation>
        </message>
        <message>
            <source>{where} must be a whole number of zero or more.</source>
            <translation>{where} must be a whole number of zero or more.</translation>
        </message>
        <message>
            <source>{where} must be longer than zero.</source>
            <translation>{where} must be longer than zero.</translation>
        </message>
        <message>
            <source>this is not valid JSON ({detail}, column {column}).</source>
            <translation>this is not valid JSON ({detail}, column {column}).</translation>
        </message>
        <message>
            <source>format {found} is not one this NetPatrol reads (it reads format {known}).</source>
            <translation>format {found} is not one this NetPatrol reads (it reads format {known}).</translation>
        </message>
        <message>
            <source>field type "{value}" is unknown (known: {known}).</source>
            <translation>field type "{value}" is unknown (known: {known}).</translation>
        </message>
        <message>
            <source>a field has choices if and only if its type is "choice".</source>
            <translation>a field has choices if and only if its type is "choice".</translation>
        </message>
        <message>
            <source>only a choice field can record a fact.</source>
            <translation>only a choice field can record a fact.</translation>
        </message>
        <message>
            <source>this step could never be completed: it is not manual and names no event.</source>
            <translation>this step could never be completed: it is not manual and names no event.</translation>
        </message>
        <message>
            <source>gate "{value}" is unknown (known: {known}).</source>
            <translation>gate "{value}" is unknown (known: {known}).</translation>
        </message>
        <message>
            <source>clock kind "{value}" is unknown (known: {known}).</source>
            <translation>clock kind "{value}" is unknown (known: {known}).</translation>
        </message>
        <message>
            <source>a retention period is given in days only.</source>
            <translation>a retention period is given in days only.</translation>
        </message>
        <message>
            <source>step "{step}" names the unknown section "{value}".</source>
            <translation>step "{step}" names the unknown section "{value}".</translation>
        </message>
        <message>
            <source>step "{step}" requires the unknown step "{value}".</source>
            <translation>step "{step}" requires the unknown step "{value}".</translation>
        </message>
        <message>
            <source>step "{step}" starts the unknown clock "{value}".</source>
            <translation>step "{step}" starts the unknown clock "{value}".</translation>
        </message>
        <message>
            <source>section "{value}" has no steps.</source>
            <translation>section "{value}" has no steps.</translation>
        </message>
        <message>
            <source>the closing step "{value}" is not a step of this procedure.</source>
            <translation>the closing step "{value}" is not a step of this procedure.</translation>
        </message>
        <message>
            <source>the id "{value}" is used twice.</source>
            <translation>the id "{value}" is used twice.</translation>
        </message>
        <message>
            <source>clock "{clock}" must be started by exactly one step (found {count}).</source>
            <translation>clock "{clock}" must be started by exactly one step (found {count}).</translation>
        </message>
        <message>
            <source>clock "{clock}" is stopped by the unknown step "{value}".</source>
            <translation>clock "{clock}" is stopped by the unknown step "{value}".</translation>
        </message>
        <message>
            <source>a clock's condition cannot depend on another clock.</source>
            <translation>a clock's condition cannot depend on another clock.</translation>
        </message>
        <message>
            <source>the condition names the unknown clock "{value}".</source>
            <translation>the condition names the unknown clock "{value}".</translation>
        </message>
        <message>
            <source>the condition names "{value}", which no step records as a fact.</source>
            <translation>the condition names "{value}", which no step records as a fact.</translation>
        </message>
        <message>
            <source>"{value}" is not a possible value of {fact} (possible: {allowed}).</source>
            <translation>"{value}" is not a possible value of {fact} (possible: {allowed}).</translation>
        </message>
        <message>
            <source>the prerequisites form a loop: {loop}.</source>
            <translation>the prerequisites form a loop: {loop}.</translation>
        </message>
        <message>
            <source>the file cannot be read as UTF-8 text ({detail}).</source>
            <translation>the file cannot be read as UTF-8 text ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Takedown referral to the Women and Children Police Corps</source>
            <translation>Takedown referral to the Women and Children Police Corps</translation>
        </message>
        <message>
            <source>Platform notice fields (Enforcement Rules §5)</source>
            <translation>Platform notice fields (Enforcement Rules §5)</translation>
        </message>
        <message>
            <source>Report to the social authority (Art. 7)</source>
            <translation>Report to the social authority (Art. 7)</translation>
        </message>
        <message>
            <source>Request for DNS RPZ blocking through the social authority</source>
            <translation>Request for DNS RPZ blocking through the social authority</translation>
        </message>
        <message>
            <source>Evidence list and custody log</source>
            <translation>Evidence list and custody log</translation>
        </message>
        <message>
            <source>Transfer note to the precinct family-protection officer</source>
            <translation>Transfer note to the precinct family-protection officer</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>restricted (login or age wall)</source>
            <translation>restricted (login or age wall)</translation>
        </message>
        <message>
            <source>still online</source>
            <translation>still online</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
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
