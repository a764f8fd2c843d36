<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>NetPatrol</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About NetPatrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetPatrol (Internet Patrol Workstation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol, evidence capture and an encrypted case vault for officers who protect children from sexual exploitation online. Everything stays on this workstation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>Add a person to case {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, or an alias if the name is not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This identity will be sealed: everywhere else the case shows only a pseudonym, and seeing the name again needs a reason and the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person's name and details are stored as entered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <source>Search cases and captured text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases yet.
A case holds the captures, people and steps of one matter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the first case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case matches this search or filter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Choose a case in the list on the left, or create a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platforms:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pseudonym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reveal identity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporters, informants and victims are sealed: only their pseudonym is shown and printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} (revision {revision})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(sealed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the vault passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>NetPatrol: internal error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetPatrol hit an internal error ({kind}). This is a fault in the program, not something you did. Evidence already saved in the vault is safe. Please give the log file below to your IT support:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit NetPatrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log &amp;folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>NetPatrol — first start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Lock vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reveal sealed identity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Case list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify vault integrity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About NetPatrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is locked.
Cases and evidence are hidden until it is unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vault unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer: {officer} ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit chain #{seq} {digest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetPatrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a sealed person in the case's People tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verifying the vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vault verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is intact: {entries} audit entries, {rows} evidence rows and {artifacts} artifacts checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integrity problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault failed verification. Keep the file as it is and report it:
{problems}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platforms:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the case is about, without any victim's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least {n} characters; a short sentence is best</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meets the passphrase rule ({count} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two entries match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two entries do not match.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevealRequestDialog</name>
        <message>
            <source>Reveal a sealed identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {minutes} minutes only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why must this identity be seen now? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reveal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevealedIdentityDialog</name>
        <message>
            <source>Sealed identity: {pseudonym}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revealed for: {reason}. Do not copy, photograph or pass on; it hides itself at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden in {minutes}:{seconds:02d}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Officer name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after &amp;idle minutes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show revealed identity for (minutes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is locked. Enter its passphrase to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_IntroPage</name>
        <message>
            <source>Welcome to NetPatrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workstation keeps every case, capture and sealed identity in one encrypted vault. The next pages set who works here, the passphrase that opens the vault, and where the vault file is kept.

The passphrase cannot be recovered: if it is lost, so is the vault.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <source>Vault location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One encrypted file. Keep it on this workstation's own disk and back it up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Finish to create the vault. This takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NetPatrol vault (*.npv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_OfficerPage</name>
        <message>
            <source>Officer and unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded with every action in the audit log and printed on documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Officer name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case &amp;number format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{roc_year} is the ROC year, {year} the Western year, {seq:04d} the running number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a usable format: it needs {seq}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PassphrasePage</name>
        <message>
            <source>Vault passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needed to unlock the vault and to reveal a sealed identity. Nobody can reset it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>The id must be 1–40 lower-case letters, digits, '-' or '_'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The home page must be a complete http:// or https:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search address must be an http:// or https:// address containing {q}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colour must be written #RRGGBB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge has at most 3 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each platform must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every field of a platform is text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file must hold one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This field must be non-empty text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every keyword must be non-empty text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyword is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My keywords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A list is expected here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' appears twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist</name>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not apply to this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depends on “{fact}”, which is recorded with step “{step}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits for: {steps}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence capture is not complete: this case has no capture yet. Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence capture is not complete: {count} of {total} captured addresses have no complete capture ({ids}). Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is already done; undo it first to record it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is completed by the application when this happens: {events}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not done, so there is nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LANGUAGE=en</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>請再輸入一次密碼：</translation>
        </message>
        <message>
            <source>Vault passphrase: </source>
            <translation>保管庫密碼：</translation>
        </message>
        <message>
            <source>New vault passphrase: </source>
            <translation>新保管庫密碼：</translation>
        </message>
        <message>
            <source>Vault created at {path}.</source>
            <translation>已於 {path} 建立保管庫。</translation>
        </message>
        <message>
            <source>No cases yet.</source>
            <translation>目前尚無案件。</translation>
        </message>
        <message>
            <source>Status: {status}   Officer: {officer}   Unit: {unit}</source>
            <translation>狀態：{status}　承辦人：{officer}　單位：{unit}</translation>
        </message>
        <message>
            <source>Platforms: {platforms}</source>
            <translation>平臺：{platforms}</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>關係人：</translation>
        </message>
        <message>
            <source>Artifacts:</source>
            <translation>證據檔案：</translation>
        </message>
        <message>
            <source>Name: </source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Passphrase again, to reveal: </source>
            <translation>揭露身分需再次輸入密碼：</translation>
        </message>
        <message>
            <source>Revealed for: {reason}. This reveal is recorded in the audit log.</source>
            <translation>揭露事由：{reason}。本次揭露已記入稽核紀錄。</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>查無資料。</translation>
        </message>
        <message>
            <source>Audit entries: {n}, evidence rows: {rows}, artifacts re-hashed: {a} ({b} bytes).</source>
            <translation>稽核紀錄 {n} 筆，證據資料列 {rows} 筆，重新計算雜湊值之證據檔案 {a} 個（{b} 位元組）。</translation>
        </message>
        <message>
            <source>Audit chain head: {head}</source>
            <translation>稽核鏈末端：{head}</translation>
        </message>
        <message>
            <source>The vault is intact.</source>
            <translation>保管庫完整，未遭變更。</translation>
        </message>
        <message>
            <source>vault file (default: the workstation vault)</source>
            <translation>保管庫檔案（預設：本工作站保管庫）</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>以機器可讀格式（JSON）輸出</translation>
        </message>
        <message>
            <source>language</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <source>NetPatrol: patrol, evidence capture and case vault.</source>
            <translation>網路巡邏工作站：網路巡查、證據擷取與案件保管庫。</translation>
        </message>
        <message>
            <source>create a vault</source>
            <translation>建立保管庫</translation>
        </message>
        <message>
            <source>officer name recorded in the audit log</source>
            <translation>記入稽核紀錄之承辦人姓名</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>case number format, e.g. NP-{roc_year}-{seq:04d}</source>
            <translation>案號格式，例如 NP-{roc_year}-{seq:04d}</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>create a case; prints its id</source>
            <translation>建立案件並顯示其代碼</translation>
        </message>
        <message>
            <source>platform (repeatable)</source>
            <translation>平臺（可重複指定）</translation>
        </message>
        <message>
            <source>case number (default: next in the unit's format)</source>
            <translation>案號（預設：依單位格式之下一號）</translation>
        </message>
        <message>
            <source>list cases, newest first</source>
            <translation>列出案件（最新在前）</translation>
        </message>
        <message>
            <source>show a case</source>
            <translation>顯示案件</translation>
        </message>
        <message>
            <source>people in a case</source>
            <translation>案件關係人</translation>
        </message>
        <message>
            <source>add a person (reporter, informant and victim are sealed)</source>
            <translation>新增關係人（報告人、告發人及被害人身分予以密封）</translation>
        </message>
        <message>
            <source>name (asked when omitted, so it stays out of shell history)</source>
            <translation>姓名（省略時另行詢問，以免留在命令列紀錄）</translation>
        </message>
        <message>
            <source>reveal a sealed identity (reason required, audited)</source>
            <translation>揭露密封身分（須敘明事由，並記入稽核紀錄）</translation>
        </message>
        <message>
            <source>person id or pseudonym, e.g. 被害人1</source>
            <translation>關係人代碼或代稱，例如 被害人1</translation>
        </message>
        <message>
            <source>full-text search over cases and captured text</source>
            <translation>全文檢索案件與擷取之文字</translation>
        </message>
        <message>
            <source>check the vault's hashes and audit chain</source>
            <translation>檢查保管庫之雜湊值與稽核鏈</translation>
        </message>
        <message>
            <source>check browser, capture, vault and PDF offscreen</source>
            <translation>於背景檢查瀏覽器、擷取、保管庫與 PDF 功能</translation>
        </message>
        <message>
            <source>Interrupted; nothing was half-written.</source>
            <translation>已中斷；未留下寫入一半的資料。</translation>
        </message>
        <message>
            <source>Internal error: this is a bug in NetPatrol. Details are in {log}.</source>
            <translation>內部錯誤：這是網路巡邏工作站的程式瑕疵，詳細資訊記錄於 {log}。</translation>
        </message>
    </context>
    <context>
        <name>clocks</name>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue by {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The operation failed.</source>
            <translation>操作失敗。</translation>
        </message>
        <message>
            <source>The command was not used correctly.</source>
            <translation>指令用法不正確。</translation>
        </message>
        <message>
            <source>{what} {ident} was not found.</source>
            <translation>找不到{what} {ident}。</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>保管庫已鎖定。</translation>
        </message>
        <message>
            <source>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</source>
            <translation>密碼錯誤，或此檔案不是網路巡邏工作站保管庫。檔案未作任何變更。</translation>
        </message>
        <message>
            <source>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</source>
            <translation>密碼強度不足：請至少使用 {min_length} 個字元，且不可為單一重複字元或明顯的連續字元。</translation>
        </message>
        <message>
            <source>There is no vault at {path}. Create one first with 'netpatrol init'.</source>
            <translation>{path} 沒有保管庫，請先以「netpatrol init」建立。</translation>
        </message>
        <message>
            <source>A file already exists at {path}; it was left untouched.</source>
            <translation>{path} 已有檔案存在，未作任何變更。</translation>
        </message>
        <message>
            <source>{path} is not a NetPatrol vault (it is empty, too short or of another kind). Nothing was changed.</source>
            <translation>{path} 不是網路巡邏工作站保管庫（檔案為空、過短或為其他格式）。檔案未作任何變更。</translation>
        </message>
        <message>
            <source>The vault file is damaged or was altered ({detail}). It was not changed or repaired; keep it and restore a backup.</source>
            <translation>保管庫檔案已毀損或遭變更（{detail}）。系統未變更或修復此檔案；請保留原檔並自備份還原。</translation>
        </message>
        <message>
            <source>This vault was written by a newer NetPatrol (schema {found}; this version knows up to {known}). Update NetPatrol; the vault was not changed.</source>
            <translation>此保管庫由較新版本之網路巡邏工作站寫入（結構版本 {found}；本版本僅支援至 {known}）。請更新程式；保管庫未作任何變更。</translation>
        </message>
        <message>
            <source>Integrity check failed: {detail}</source>
            <translation>完整性檢查未通過：{detail}</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was written; free some space and try again.</source>
            <translation>磁碟空間已滿，未寫入任何資料；請釋出空間後再試。</translation>
        </message>
        <message>
            <source>NetPatrol cannot write to {path} (read-only or no permission). Nothing was written.</source>
            <translation>無法寫入 {path}（唯讀或無權限），未寫入任何資料。</translation>
        </message>
        <message>
            <source>A sealed identity can only be revealed with a stated reason and the vault passphrase.</source>
            <translation>密封身分須敘明事由並輸入保管庫密碼，方可揭露。</translation>
        </message>
        <message>
            <source>Step {step} cannot be done yet: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} needs a note saying what was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} has no field “{field}” (fields: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} needs the field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a choice of {field} (choices: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a date and time (use 2025-07-08T14:30).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case needs a title.</source>
            <translation>案件須有名稱。</translation>
        </message>
        <message>
            <source>Case number {number} is already used by another case.</source>
            <translation>案號 {number} 已為其他案件使用。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>A person needs a name (or an alias if the name is unknown).</source>
            <translation>關係人須有姓名（不知姓名時請填代號或暱稱）。</translation>
        </message>
        <message>
            <source>State why this identity must be revealed.</source>
            <translation>請敘明揭露此身分之事由。</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>關係人</translation>
        </message>
        <message>
            <source>Procedure file {file}, line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No passphrase: set NETPATROL_PASSPHRASE or run the command in a terminal.</source>
            <translation>未提供密碼：請設定 NETPATROL_PASSPHRASE，或於終端機中執行指令。</translation>
        </message>
        <message>
            <source>The two passphrases differ. Nothing was created.</source>
            <translation>兩次輸入的密碼不一致，未建立任何檔案。</translation>
        </message>
        <message>
            <source>--name is required when not run in a terminal.</source>
            <translation>非於終端機執行時，必須指定 --name。</translation>
        </message>
        <message>
            <source>{path}, line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol {ident} has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artifact</source>
            <translation>證據檔案</translation>
        </message>
        <message>
            <source>truncated: the size is not a whole number of pages</source>
            <translation>檔案遭截斷：大小非頁面之整數倍</translation>
        </message>
        <message>
            <source>a page failed its authentication check</source>
            <translation>有頁面未通過驗證</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>Open</source>
            <translation>偵辦中</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>已轉介</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>已移送</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報告人</translation>
        </message>
        <message>
            <source>Informant</source>
            <translation>告發人</translation>
        </message>
        <message>
            <source>Victim</source>
            <translation>被害人</translation>
        </message>
        <message>
            <source>Suspect</source>
            <translation>犯嫌</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>證人</translation>
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>Account or alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone or contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>procedure</name>
        <message>
            <source>{where} must be an object {{…}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown key "{key}" in {where} (allowed: {allowed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} lacks the required key "{key}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be a non-empty text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} has the malformed value "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be a list […].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be a whole number of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be longer than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not valid JSON ({detail}, column {column}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>format {found} is not one this NetPatrol reads (it reads format {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field type "{value}" is unknown (known: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a field has choices if and only if its type is "choice".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only a choice field can record a fact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this step could never be completed: it is not manual and names no event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gate "{value}" is unknown (known: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clock kind "{value}" is unknown (known: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a retention period is given in days only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step "{step}" names the unknown section "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step "{step}" requires the unknown step "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step "{step}" starts the unknown clock "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>section "{value}" has no steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the closing step "{value}" is not a step of this procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id "{value}" is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clock "{clock}" must be started by exactly one step (found {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clock "{clock}" is stopped by the unknown step "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a clock's condition cannot depend on another clock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the condition names the unknown clock "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the condition names "{value}", which no step records as a fact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{value}" is not a possible value of {fact} (possible: {allowed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the prerequisites form a loop: {loop}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read as UTF-8 text ({detail}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Takedown referral to the Women and Children Police Corps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platform notice fields (Enforcement Rules §5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report to the social authority (Art. 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request for DNS RPZ blocking through the social authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence list and custody log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer note to the precinct family-protection officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restricted (login or age wall)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>verify</name>
        <message>
            <source>entry {expected} is missing (the next present is {seq}).</source>
            <translation>第 {expected} 筆紀錄遺失（其後存在者為第 {seq} 筆）。</translation>
        </message>
        <message>
            <source>entry {seq} does not follow entry {before} (its previous-entry hash differs).</source>
            <translation>第 {seq} 筆紀錄未接續第 {before} 筆（前筆雜湊值不符）。</translation>
        </message>
        <message>
            <source>entry {seq} was altered (its hash does not match its content).</source>
            <translation>第 {seq} 筆紀錄遭變更（雜湊值與內容不符）。</translation>
        </message>
        <message>
            <source>the chain ends at entry {last} but the recorded head is entry {recorded}: entries were removed from the end.</source>
            <translation>稽核鏈止於第 {last} 筆，但記錄之末端為第 {recorded} 筆：末端紀錄已遭刪除。</translation>
        </message>
        <message>
            <source>{count} page(s) of the file failed authentication (first: {first}).</source>
            <translation>檔案有 {count} 頁未通過驗證（第一個：{first}）。</translation>
        </message>
        <message>
            <source>The database structure is damaged: {detail}</source>
            <translation>資料庫結構已毀損：{detail}</translation>
        </message>
        <message>
            <source>The append-only guard {guard} was removed: records may have been edited.</source>
            <translation>只能新增之保護機制 {guard} 已遭移除：紀錄可能已被修改。</translation>
        </message>
        <message>
            <source>Audit chain broken at entry {seq}: {reason}</source>
            <translation>稽核鏈於第 {seq} 筆斷裂：{reason}</translation>
        </message>
        <message>
            <source>{table} row {ident} refers to audit entry {seq}, which is missing.</source>
            <translation>{table} 資料列 {ident} 對應之第 {seq} 筆稽核紀錄已遺失。</translation>
        </message>
        <message>
            <source>{table} row {ident} differs from what audit entry {seq} recorded.</source>
            <translation>{table} 資料列 {ident} 與第 {seq} 筆稽核紀錄所載不符。</translation>
        </message>
        <message>
            <source>Artifact {ident}: its bytes no longer match the SHA-256 taken at acquisition.</source>
            <translation>證據檔案 {ident}：內容與取得時計算之 SHA-256 雜湊值不符。</translation>
        </message>
    </context>
</TS>
