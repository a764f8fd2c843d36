<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>security patches {version}</source>
        <translation>security patches {version}</translation>
    </message>
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
        <source>e.g. 2010-03-04, or “about 15”</source>
        <translation>e.g. 2010-03-04, or “about 15”</translation>
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
        <source>This person&apos;s name and details are stored as entered.</source>
        <translation>This person&apos;s name and details are stored as entered.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Entry hash</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Downloads are stored in the vault as artifacts of this case.</source>
        <translation>Downloads are stored in the vault as artifacts of this case.</translation>
    </message>
    <message>
        <source>The persona (browser profile) for new tabs.</source>
        <translation>The persona (browser profile) for new tabs.</translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation>New persona…</translation>
    </message>
    <message>
        <source>Keyword patrol…</source>
        <translation>Keyword patrol…</translation>
    </message>
    <message>
        <source>Highlight keywords (comma-separated)</source>
        <translation>Highlight keywords (comma-separated)</translation>
    </message>
    <message>
        <source>Case for downloads</source>
        <translation>Case for downloads</translation>
    </message>
    <message>
        <source>Persona for new tabs</source>
        <translation>Persona for new tabs</translation>
    </message>
    <message>
        <source>Highlight keywords</source>
        <translation>Highlight keywords</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Patrol log</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <source>Wellness</source>
        <translation>Wellness</translation>
    </message>
    <message>
        <source>Blur pictures and videos in new tabs</source>
        <translation>Blur pictures and videos in new tabs</translation>
    </message>
    <message>
        <source>Grayscale in new tabs</source>
        <translation>Grayscale in new tabs</translation>
    </message>
    <message>
        <source>Mute media in new tabs</source>
        <translation>Mute media in new tabs</translation>
    </message>
    <message>
        <source>Break reminder every (minutes, 0 = off)</source>
        <translation>Break reminder every (minutes, 0 = off)</translation>
    </message>
    <message>
        <source>Folder for persistent personas…</source>
        <translation>Folder for persistent personas…</translation>
    </message>
    <message>
        <source>Edit platforms…</source>
        <translation>Edit platforms…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Find in page (Ctrl+F)</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>New tab</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Blur media</source>
        <translation>Blur media</translation>
    </message>
    <message>
        <source>Pictures and videos stay blurred until you click one. Captures always record the page as it really is.</source>
        <translation>Pictures and videos stay blurred until you click one. Captures always record the page as it really is.</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <source>(no case: downloads refused)</source>
        <translation>(no case: downloads refused)</translation>
    </message>
    <message>
        <source>⚠ Persona “{name}” keeps its cookies and site data UNENCRYPTED in {folder}. Anyone who can read that folder can use this account. Keep it on an encrypted drive.</source>
        <translation>⚠ Persona “{name}” keeps its cookies and site data UNENCRYPTED in {folder}. Anyone who can read that folder can use this account. Keep it on an encrypted drive.</translation>
    </message>
    <message>
        <source>Folder for persistent personas</source>
        <translation>Folder for persistent personas</translation>
    </message>
    <message>
        <source>All of “{name}”</source>
        <translation>All of “{name}”</translation>
    </message>
    <message>
        <source>No tab closed in this session to reopen.</source>
        <translation>No tab closed in this session to reopen.</translation>
    </message>
    <message>
        <source>Reset zoom ({percent})</source>
        <translation>Reset zoom ({percent})</translation>
    </message>
    <message>
        <source>End patrol</source>
        <translation>End patrol</translation>
    </message>
    <message>
        <source>You have been on patrol for 1 minute. Look away from the screen and take a short break.</source>
        <translation>You have been on patrol for 1 minute. Look away from the screen and take a short break.</translation>
    </message>
    <message>
        <source>You have been on patrol for {count} minutes. Look away from the screen and take a short break.</source>
        <translation>You have been on patrol for {count} minutes. Look away from the screen and take a short break.</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <source>Choose a platform on the left, or type an address above.
While a patrol runs, every page opened is recorded in the patrol log.</source>
        <translation>Choose a platform on the left, or type an address above.
While a patrol runs, every page opened is recorded in the patrol log.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (http:// or https://).</source>
        <translation>“{text}” is not a web address (http:// or https://).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The host as it is really addressed (punycode). Check it when letters from different scripts look alike.</source>
        <translation>The host as it is really addressed (punycode). Check it when letters from different scripts look alike.</translation>
    </message>
    <message>
        <source>{index} of {total}</source>
        <translation>{index} of {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>Keyword hit {index} of {total}</source>
        <translation>Keyword hit {index} of {total}</translation>
    </message>
    <message>
        <source>Keyword hits: {count}</source>
        <translation>Keyword hits: {count}</translation>
    </message>
    <message>
        <source>■ End patrol</source>
        <translation>■ End patrol</translation>
    </message>
    <message>
        <source>▶ Start patrol</source>
        <translation>▶ Start patrol</translation>
    </message>
    <message>
        <source>Time on this patrol</source>
        <translation>Time on this patrol</translation>
    </message>
    <message>
        <source>Off patrol</source>
        <translation>Off patrol</translation>
    </message>
    <message>
        <source>Pop-up windows blocked on this page: {count}. The last one: {url}</source>
        <translation>Pop-up windows blocked on this page: {count}. The last one: {url}</translation>
    </message>
    <message>
        <source>Open it in a new tab</source>
        <translation>Open it in a new tab</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>Remind me in 10 minutes</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>I took a break</translation>
    </message>
    <message>
        <source>No patrol is running, so these visits are not in the duty log.</source>
        <translation>No patrol is running, so these visits are not in the duty log.</translation>
    </message>
    <message>
        <source>Start patrol</source>
        <translation>Start patrol</translation>
    </message>
    <message>
        <source>The patrol started {time} ended unexpectedly. Its log up to then is kept.</source>
        <translation>The patrol started {time} ended unexpectedly. Its log up to then is kept.</translation>
    </message>
    <message>
        <source>Reopen its last pages</source>
        <translation>Reopen its last pages</translation>
    </message>
    <message>
        <source>Close it in the log</source>
        <translation>Close it in the log</translation>
    </message>
    <message>
        <source>The patrol started {time} is closed in the log, and its log sealed in the audit chain.</source>
        <translation>The patrol started {time} is closed in the log, and its log sealed in the audit chain.</translation>
    </message>
    <message>
        <source>Downloading “{name}” into the vault…</source>
        <translation>Downloading “{name}” into the vault…</translation>
    </message>
    <message>
        <source>“{name}” ({size} bytes) is stored in the vault as artifact {artifact}. SHA-256: {sha}</source>
        <translation>“{name}” ({size} bytes) is stored in the vault as artifact {artifact}. SHA-256: {sha}</translation>
    </message>
    <message>
        <source>⚠ This file is a program. It was not opened; do not run it on this workstation.</source>
        <translation>⚠ This file is a program. It was not opened; do not run it on this workstation.</translation>
    </message>
    <message>
        <source>“{name}” was not downloaded: {reason}</source>
        <translation>“{name}” was not downloaded: {reason}</translation>
    </message>
    <message>
        <source>The download of “{name}” failed ({reason}); nothing was stored.</source>
        <translation>The download of “{name}” failed ({reason}); nothing was stored.</translation>
    </message>
</context>
<context>
    <name>BrowserTab</name>
    <message>
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>camera and microphone</source>
        <translation>camera and microphone</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <source>screen and audio</source>
        <translation>screen and audio</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <source>mouse lock</source>
        <translation>mouse lock</translation>
    </message>
    <message>
        <source>local fonts</source>
        <translation>local fonts</translation>
    </message>
    <message>
        <source>Capturing. The page is covered here while it is captured without the blur; it shows again when the capture ends.</source>
        <translation>Capturing. The page is covered here while it is captured without the blur; it shows again when the capture ends.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>This page is taking a long time to load.</source>
        <translation>This page is taking a long time to load.</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>This page crashed. Nothing was lost from the patrol log.</source>
        <translation>This page crashed. Nothing was lost from the patrol log.</translation>
    </message>
    <message>
        <source>This page crashed.</source>
        <translation>This page crashed.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: {problem}</source>
        <translation>The connection to {host} is not secure: {problem}</translation>
    </message>
    <message>
        <source>The page cannot be opened.</source>
        <translation>The page cannot be opened.</translation>
    </message>
    <message>
        <source>The page is held until you decide.</source>
        <translation>The page is held until you decide.</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <source>Proceed anyway…</source>
        <translation>Proceed anyway…</translation>
    </message>
    <message>
        <source>Proceed despite a TLS error?</source>
        <translation>Proceed despite a TLS error?</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to {host}, and the page may not be the site&apos;s own. Proceeding is recorded in the audit log and the patrol log.

Open the page anyway?</source>
        <translation>Someone may be intercepting the connection to {host}, and the page may not be the site&apos;s own. Proceeding is recorded in the audit log and the patrol log.

Open the page anyway?</translation>
    </message>
    <message>
        <source>{origin} asked for access to the {what}: denied.</source>
        <translation>{origin} asked for access to the {what}: denied.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Evidence capture</source>
        <translation>Evidence capture</translation>
    </message>
    <message>
        <source>Capture evidence</source>
        <translation>Capture evidence</translation>
    </message>
    <message>
        <source>Capture the current browser tab into the active case ({keys}): full page, saved page, text and identifiers, all hashed.</source>
        <translation>Capture the current browser tab into the active case ({keys}): full page, saved page, text and identifiers, all hashed.</translation>
    </message>
    <message>
        <source>Capture chat</source>
        <translation>Capture chat</translation>
    </message>
    <message>
        <source>Capture the chat open in the current tab into the active case: it is scrolled back to the start of the conversation and every message is kept, ready to print as a transcript (guideline 陸.三(三)).</source>
        <translation>Capture the chat open in the current tab into the active case: it is scrolled back to the start of the conversation and every message is kept, ready to print as a transcript (guideline 陸.三(三)).</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Capture what is on screen every N milliseconds while on (stories, one-time views). The tab is shown unblurred while it runs.</source>
        <translation>Capture what is on screen every N milliseconds while on (stories, one-time views). The tab is shown unblurred while it runs.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Burst interval</source>
        <translation>Burst interval</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record the tab to a video (hashed) until you press it again. The tab is shown unblurred while it runs.</source>
        <translation>Record the tab to a video (hashed) until you press it again. The tab is shown unblurred while it runs.</translation>
    </message>
    <message>
        <source>Capture settings…</source>
        <translation>Capture settings…</translation>
    </message>
    <message>
        <source>{dot} REC {m}:{s:02d}</source>
        <translation>{dot} REC {m}:{s:02d}</translation>
    </message>
    <message>
        <source>{dot} BURST {frames}</source>
        <translation>{dot} BURST {frames}</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 frame</translation>
    </message>
    <message>
        <source>{count} frames</source>
        <translation>{count} frames</translation>
    </message>
    <message>
        <source>Capturing the page…</source>
        <translation>Capturing the page…</translation>
    </message>
    <message>
        <source>Capturing the chat: scrolling back to its start…</source>
        <translation>Capturing the chat: scrolling back to its start…</translation>
    </message>
    <message>
        <source>Storing the capture in the vault…</source>
        <translation>Storing the capture in the vault…</translation>
    </message>
    <message>
        <source>The capture was discarded; nothing was stored.</source>
        <translation>The capture was discarded; nothing was stored.</translation>
    </message>
    <message>
        <source>Capture {ident} stored in the vault.</source>
        <translation>Capture {ident} stored in the vault.</translation>
    </message>
</context>
<context>
    <name>CaptureGallery</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Reload the captures</source>
        <translation>Reload the captures</translation>
    </message>
    <message>
        <source>Captures of the case</source>
        <translation>Captures of the case</translation>
    </message>
    <message>
        <source>Nothing has been captured in this case yet. Open the page in the Browser tab and press Capture evidence, or Capture chat for a conversation.</source>
        <translation>Nothing has been captured in this case yet. Open the page in the Browser tab and press Capture evidence, or Capture chat for a conversation.</translation>
    </message>
    <message>
        <source>No case chosen.</source>
        <translation>No case chosen.</translation>
    </message>
    <message>
        <source>{captures}, {partial} partial</source>
        <translation>{captures}, {partial} partial</translation>
    </message>
    <message>
        <source>1 capture</source>
        <translation>1 capture</translation>
    </message>
    <message>
        <source>{count} captures</source>
        <translation>{count} captures</translation>
    </message>
    <message>
        <source>Loading the captures…</source>
        <translation>Loading the captures…</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARTIAL</translation>
    </message>
</context>
<context>
    <name>CaptureResultDialog</name>
    <message>
        <source>Capture stored</source>
        <translation>Capture stored</translation>
    </message>
    <message>
        <source>Complete capture</source>
        <translation>Complete capture</translation>
    </message>
    <message>
        <source>PARTIAL capture</source>
        <translation>PARTIAL capture</translation>
    </message>
    <message>
        <source>{verdict} — stored in case {case} as {capture}</source>
        <translation>{verdict} — stored in case {case} as {capture}</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): all points covered.</source>
        <translation>Initial evidence (guideline 陸.一): all points covered.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Found / missing</source>
        <translation>Found / missing</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): 1 point missing — {names}.</source>
        <translation>Initial evidence (guideline 陸.一): 1 point missing — {names}.</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): {count} points missing — {names}.</source>
        <translation>Initial evidence (guideline 陸.一): {count} points missing — {names}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>1 file in the encrypted vault:</source>
        <translation>1 file in the encrypted vault:</translation>
    </message>
    <message>
        <source>{count} files in the encrypted vault:</source>
        <translation>{count} files in the encrypted vault:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Show in the case</source>
        <translation>Show in the case</translation>
    </message>
    <message>
        <source>The checklist could not be updated: {problem}</source>
        <translation>The checklist could not be updated: {problem}</translation>
    </message>
    <message>
        <source>Checklist: ticked automatically — {steps}.</source>
        <translation>Checklist: ticked automatically — {steps}.</translation>
    </message>
    <message>
        <source>Checklist: a partial capture does not tick the evidence step; capture again or note why it cannot be complete.</source>
        <translation>Checklist: a partial capture does not tick the evidence step; capture again or note why it cannot be complete.</translation>
    </message>
</context>
<context>
    <name>CaptureSettingsDialog</name>
    <message>
        <source>Capture settings</source>
        <translation>Capture settings</translation>
    </message>
    <message>
        <source>Lazy loading:</source>
        <translation>Lazy loading:</translation>
    </message>
    <message>
        <source>Stop scrolling after:</source>
        <translation>Stop scrolling after:</translation>
    </message>
    <message>
        <source>Stop at page height:</source>
        <translation>Stop at page height:</translation>
    </message>
    <message>
        <source>Stop at feed items:</source>
        <translation>Stop at feed items:</translation>
    </message>
    <message>
        <source>Burst interval:</source>
        <translation>Burst interval:</translation>
    </message>
    <message>
        <source>Scroll the page so lazy content loads before the full-page image</source>
        <translation>Scroll the page so lazy content loads before the full-page image</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> items</source>
        <translation> items</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Whichever limit is reached first stops the scrolling; the capture then says it is PARTIAL and which limit stopped it.</source>
        <translation>Whichever limit is reached first stops the scrolling; the capture then says it is PARTIAL and which limit stopped it.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Files and hashes</source>
        <translation>Files and hashes</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>Blur again</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Show image</translation>
    </message>
    <message>
        <source>Pictures stay blurred until you choose to look at them.</source>
        <translation>Pictures stay blurred until you choose to look at them.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <source>Open saved page (offline)…</source>
        <translation>Open saved page (offline)…</translation>
    </message>
    <message>
        <source>Print transcript…</source>
        <translation>Print transcript…</translation>
    </message>
    <message>
        <source>Write every message of this chat to a PDF (guideline 陸.三(三)); the file&apos;s SHA-256 is recorded in the audit log.</source>
        <translation>Write every message of this chat to a PDF (guideline 陸.三(三)); the file&apos;s SHA-256 is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This capture has no picture (a video recording: see its file and hash).</source>
        <translation>This capture has no picture (a video recording: see its file and hash).</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Found / missing</source>
        <translation>Found / missing</translation>
    </message>
    <message>
        <source>Captured image</source>
        <translation>Captured image</translation>
    </message>
    <message>
        <source>Shown as captured.</source>
        <translation>Shown as captured.</translation>
    </message>
    <message>
        <source>Blurred. Show image unblurs it.</source>
        <translation>Blurred. Show image unblurs it.</translation>
    </message>
    <message>
        <source>What the capture holds, point by point</source>
        <translation>What the capture holds, point by point</translation>
    </message>
    <message>
        <source>Capture metadata</source>
        <translation>Capture metadata</translation>
    </message>
    <message>
        <source>Choose a capture on the left.</source>
        <translation>Choose a capture on the left.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARTIAL</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{verdict} · {kind} · {capture} · {when} · persona {persona}&lt;br&gt;{url}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{verdict} · {kind} · {capture} · {when} · persona {persona}&lt;br&gt;{url}</translation>
    </message>
    <message>
        <source>none (a clean browser, no cookies)</source>
        <translation>none (a clean browser, no cookies)</translation>
    </message>
    <message>
        <source>transcript written</source>
        <translation>transcript written</translation>
    </message>
    <message>
        <source>Transcript written to {path}</source>
        <translation>Transcript written to {path}</translation>
    </message>
    <message>
        <source>the chat is partial, so the step to print it in full stays open</source>
        <translation>the chat is partial, so the step to print it in full stays open</translation>
    </message>
    <message>
        <source>transcript last printed {time}</source>
        <translation>transcript last printed {time}</translation>
    </message>
    <message>
        <source>Save chat transcript as PDF</source>
        <translation>Save chat transcript as PDF</translation>
    </message>
</context>
<context>
    <name>CaseAuditView</name>
    <message>
        <source>Audit entries of the case</source>
        <translation>Audit entries of the case</translation>
    </message>
    <message>
        <source>1 entry of the audit chain concerns this case.</source>
        <translation>1 entry of the audit chain concerns this case.</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain concern this case, newest first.</source>
        <translation>{count} entries of the audit chain concern this case, newest first.</translation>
    </message>
    <message>
        <source>Each entry carries the hash of the one before it, so none can be changed or removed unnoticed.</source>
        <translation>Each entry carries the hash of the one before it, so none can be changed or removed unnoticed.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>Exporting… evidence files written: {done} of {total}</source>
        <translation>Exporting… evidence files written: {done} of {total}</translation>
    </message>
    <message>
        <source>Checking… evidence files verified: {done} of {total}</source>
        <translation>Checking… evidence files verified: {done} of {total}</translation>
    </message>
    <message>
        <source>Importing… evidence files stored: {done} of {total}</source>
        <translation>Importing… evidence files stored: {done} of {total}</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search cases and captured text…</source>
        <translation>Search cases and captured text…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
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
        <source>When anything in the case last changed: its details, people, evidence, checklist steps or documents. Viewing it, copying a document&apos;s text or exporting does not count.</source>
        <translation>When anything in the case last changed: its details, people, evidence, checklist steps or documents. Viewing it, copying a document&apos;s text or exporting does not count.</translation>
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
        <source>Import a case file…</source>
        <translation>Import a case file…</translation>
    </message>
    <message>
        <source>No case matches this search or filter.</source>
        <translation>No case matches this search or filter.</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>Choose the case for this capture</source>
        <translation>Choose the case for this capture</translation>
    </message>
    <message>
        <source>No case is active. Choose the case this capture belongs to, or create a new one. Nothing is stored until you choose.</source>
        <translation>No case is active. Choose the case this capture belongs to, or create a new one. Nothing is stored until you choose.</translation>
    </message>
    <message>
        <source>Filter by number or title</source>
        <translation>Filter by number or title</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Store in this case</source>
        <translation>&amp;Store in this case</translation>
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
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
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
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>Last revised:</source>
        <translation>Last revised:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Last updated:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
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
        <source>People in the case</source>
        <translation>People in the case</translation>
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
        <source>No one is recorded in this case yet. Add the reporter, informant, victim, suspect or witness with Add person.</source>
        <translation>No one is recorded in this case yet. Add the reporter, informant, victim, suspect or witness with Add person.</translation>
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
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Revisions of the case</source>
        <translation>Revisions of the case</translation>
    </message>
    <message>
        <source>{officer} ({unit})</source>
        <translation>{officer} ({unit})</translation>
    </message>
    <message>
        <source>{time} (revision {revision})</source>
        <translation>{time} (revision {revision})</translation>
    </message>
    <message>
        <source>{unit}, their case number {number}</source>
        <translation>{unit}, their case number {number}</translation>
    </message>
    <message>
        <source>{sender}; opened there {time}</source>
        <translation>{sender}; opened there {time}</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(sealed)</translation>
    </message>
    <message>
        <source>(stayed with the sending unit)</source>
        <translation>(stayed with the sending unit)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Takedown re-check</source>
        <translation>Takedown re-check</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Re-check &amp;takedown…</source>
        <translation>Re-check &amp;takedown…</translation>
    </message>
    <message>
        <source>S&amp;tatistics for the evaluation…</source>
        <translation>S&amp;tatistics for the evaluation…</translation>
    </message>
    <message>
        <source>Generate the procedure documents of the case (PDF, text, e-mail)</source>
        <translation>Generate the procedure documents of the case (PDF, text, e-mail)</translation>
    </message>
    <message>
        <source>Re-check the case&apos;s captured addresses in a clean browser</source>
        <translation>Re-check the case&apos;s captured addresses in a clean browser</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>NetPatrol: deadline reminders</source>
        <translation>NetPatrol: deadline reminders</translation>
    </message>
    <message>
        <source>The platform-removal deadline of this case passed at {at} and the content has not been re-checked since.</source>
        <translation>The platform-removal deadline of this case passed at {at} and the content has not been re-checked since.</translation>
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
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Checklist steps</translation>
    </message>
    <message>
        <source>About the chosen step</source>
        <translation>About the chosen step</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Mark done…</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Undo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Choose a case to see its checklist.</source>
        <translation>Choose a case to see its checklist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — procedure version {version}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — procedure version {version}</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>{officer}, {when}</source>
        <translation>{officer}, {when}</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>printing a chat transcript</source>
        <translation>printing a chat transcript</translation>
    </message>
    <message>
        <source>issuing “{document}”</source>
        <translation>issuing “{document}”</translation>
    </message>
    <message>
        <source>a complete capture</source>
        <translation>a complete capture</translation>
    </message>
    <message>
        <source>a re-check that finds the content removed</source>
        <translation>a re-check that finds the content removed</translation>
    </message>
    <message>
        <source>adding a reporter, informant or victim (sealed)</source>
        <translation>adding a reporter, informant or victim (sealed)</translation>
    </message>
    <message>
        <source>({start} to {end})</source>
        <translation>({start} to {end})</translation>
    </message>
    <message>
        <source>(deadline {at})</source>
        <translation>(deadline {at})</translation>
    </message>
    <message>
        <source>No clock has started for this case.</source>
        <translation>No clock has started for this case.</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>Completed automatically by: {events}</source>
        <translation>Completed automatically by: {events}</translation>
    </message>
    <message>
        <source>Evidence: {ids}</source>
        <translation>Evidence: {ids}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>{when}: {action} by {officer} (recorded {recorded})</source>
        <translation>{when}: {action} by {officer} (recorded {recorded})</translation>
    </message>
    <message>
        <source>This step is completed by the application.</source>
        <translation>This step is completed by the application.</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Undo step</translation>
    </message>
    <message>
        <source>Undo “{step}”? The tick stays in the record and the undo is written to the audit log.
Reason (required):</source>
        <translation>Undo “{step}”? The tick stays in the record and the undo is written to the audit log.
Reason (required):</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>ClocksDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Deadline (Taipei)</source>
        <translation>Deadline (Taipei)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Running clocks</source>
        <translation>Running clocks</translation>
    </message>
    <message>
        <source>{running}, {overdue} overdue.</source>
        <translation>{running}, {overdue} overdue.</translation>
    </message>
    <message>
        <source>1 running clock</source>
        <translation>1 running clock</translation>
    </message>
    <message>
        <source>{count} running clocks</source>
        <translation>{count} running clocks</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>No clock is running.</translation>
    </message>
    <message>
        <source>Data must be kept through {end} (Taipei date).</source>
        <translation>Data must be kept through {end} (Taipei date).</translation>
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
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Documents for agencies are in Traditional Chinese, with ROC dates.</source>
        <translation>Documents for agencies are in Traditional Chinese, with ROC dates.</translation>
    </message>
    <message>
        <source>&amp;Reason (事由):</source>
        <translation>&amp;Reason (事由):</translation>
    </message>
    <message>
        <source>Default: the case title</source>
        <translation>Default: the case title</translation>
    </message>
    <message>
        <source>Platform &amp;notified at:</source>
        <translation>Platform &amp;notified at:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Date and time the platform was notified</source>
        <translation>Date and time the platform was notified</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>&amp;Transferred to:</source>
        <translation>&amp;Transferred to:</translation>
    </message>
    <message>
        <source>e.g. the district prosecutors&apos; office</source>
        <translation>e.g. the district prosecutors&apos; office</translation>
    </message>
    <message>
        <source>Preview (the text copied and mailed):</source>
        <translation>Preview (the text copied and mailed):</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Open &amp;mail draft</source>
        <translation>Open &amp;mail draft</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>Save document as PDF</source>
        <translation>Save document as PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}); recorded in the audit log.</source>
        <translation>Saved {file} (SHA-256 {sha256}); recorded in the audit log.</translation>
    </message>
    <message>
        <source>Checklist: {steps} done.</source>
        <translation>Checklist: {steps} done.</translation>
    </message>
    <message>
        <source>No mail program opened the draft. The full text is on the clipboard: paste it into a new mail.</source>
        <translation>No mail program opened the draft. The full text is on the clipboard: paste it into a new mail.</translation>
    </message>
    <message>
        <source>The text is on the clipboard until the vault is locked.</source>
        <translation>The text is on the clipboard until the vault is locked.</translation>
    </message>
    <message>
        <source>A mail draft was opened; the full text is also on the clipboard.</source>
        <translation>A mail draft was opened; the full text is also on the clipboard.</translation>
    </message>
</context>
<context>
    <name>ExportCaseDialog</name>
    <message>
        <source>Export case file</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <source>Encrypt to the receiving &amp;workstation&apos;s key (recommended)</source>
        <translation>Encrypt to the receiving &amp;workstation&apos;s key (recommended)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase (tell it to the receiver separately, not with the file)</source>
        <translation>Protect with a &amp;passphrase (tell it to the receiver separately, not with the file)</translation>
    </message>
    <message>
        <source>Their workstation key:</source>
        <translation>Their workstation key:</translation>
    </message>
    <message>
        <source>age1… (Tools → Workstation keys on their NetPatrol)</source>
        <translation>age1… (Tools → Workstation keys on their NetPatrol)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>&amp;Send the sealed identities too (only when the receiving unit must contact these people)</source>
        <translation>&amp;Send the sealed identities too (only when the receiving unit must contact these people)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why the receiving unit needs them (recorded in the audit log)</source>
        <translation>Why the receiving unit needs them (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Vault passphrase &amp;again:</source>
        <translation>Vault passphrase &amp;again:</translation>
    </message>
    <message>
        <source>The identities of {names} will be in the case file, readable by whoever opens it; the receiving vault seals them again. Each one sent is recorded in the audit log with your reason.</source>
        <translation>The identities of {names} will be in the case file, readable by whoever opens it; the receiving vault seals them again. Each one sent is recorded in the audit log with your reason.</translation>
    </message>
    <message>
        <source>With a passphrase, anyone who learns it can read them: the receiving workstation&apos;s key is safer.</source>
        <translation>With a passphrase, anyone who learns it can read them: the receiving workstation&apos;s key is safer.</translation>
    </message>
    <message>
        <source>Exported to {file}: {files}.
Case file SHA-256: {sha256}
Signing key fingerprint: {fingerprint}
Read the fingerprint out to the receiving unit; they compare it before importing.</source>
        <translation>Exported to {file}: {files}.
Case file SHA-256: {sha256}
Signing key fingerprint: {fingerprint}
Read the fingerprint out to the receiving unit; they compare it before importing.</translation>
    </message>
    <message>
        <source>Sealed identities sent with it: {names}.</source>
        <translation>Sealed identities sent with it: {names}.</translation>
    </message>
    <message>
        <source>The case has no sealed identities.</source>
        <translation>The case has no sealed identities.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Sa&amp;ve as:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Sealed identities ({count}) are left out: the case file names those people by pseudonym only.</source>
        <translation>Sealed identities ({count}) are left out: the case file names those people by pseudonym only.</translation>
    </message>
    <message>
        <source>{count} of them stayed with the unit that sent this case here and cannot be sent on.</source>
        <translation>{count} of them stayed with the unit that sent this case here and cannot be sent on.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with this export?</source>
        <translation>{file} already exists. Replace it with this export?</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>NetPatrol — first start</source>
        <translation>NetPatrol — first start</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HashPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Re-verified</source>
        <translation>Re-verified</translation>
    </message>
    <message>
        <source>Files and hashes</source>
        <translation>Files and hashes</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Write the file chosen in the list to a folder of yours, checked against its SHA-256 on the way out. The copy is not encrypted, and the export is recorded in the audit log.</source>
        <translation>Write the file chosen in the list to a folder of yours, checked against its SHA-256 on the way out. The copy is not encrypted, and the export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Re-verify hashes</source>
        <translation>Re-verify hashes</translation>
    </message>
    <message>
        <source>Read every stored byte back from the vault and compare it with the SHA-256 recorded when the file was captured.</source>
        <translation>Read every stored byte back from the vault and compare it with the SHA-256 recorded when the file was captured.</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Save a copy of {name}</translation>
    </message>
    <message>
        <source>The same kind of file (*{suffix});;All files (*)</source>
        <translation>The same kind of file (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <source>A copy of {name} is saved as
{path}

It matched the SHA-256 recorded when it was acquired, on the way out:
{sha}

The copy is not encrypted: keep it as you would the evidence. The export is in the audit log.</source>
        <translation>A copy of {name} is saved as
{path}

It matched the SHA-256 recorded when it was acquired, on the way out:
{sha}

The copy is not encrypted: keep it as you would the evidence. The export is in the audit log.</translation>
    </message>
    <message>
        <source>Re-hashing the stored bytes…</source>
        <translation>Re-hashing the stored bytes…</translation>
    </message>
    <message>
        <source>✔ matches</source>
        <translation>✔ matches</translation>
    </message>
    <message>
        <source>✘ MISMATCH: {sha}</source>
        <translation>✘ MISMATCH: {sha}</translation>
    </message>
    <message>
        <source>MISMATCH: files that no longer match their recorded SHA-256: {count} of {total} ({names}). Keep the vault as it is and report it.</source>
        <translation>MISMATCH: files that no longer match their recorded SHA-256: {count} of {total} ({names}). Keep the vault as it is and report it.</translation>
    </message>
    <message>
        <source>OK: the file matches its recorded SHA-256.</source>
        <translation>OK: the file matches its recorded SHA-256.</translation>
    </message>
    <message>
        <source>OK: all {count} files match their recorded SHA-256.</source>
        <translation>OK: all {count} files match their recorded SHA-256.</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <source>Add an identifier</source>
        <translation>Add an identifier</translation>
    </message>
    <message>
        <source>Correct an identifier</source>
        <translation>Correct an identifier</translation>
    </message>
    <message>
        <source>Retract an identifier</source>
        <translation>Retract an identifier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Note (why):</source>
        <translation>&amp;Note (why):</translation>
    </message>
    <message>
        <source>e.g. read off the image; the page shows a different handle</source>
        <translation>e.g. read off the image; the page shows a different handle</translation>
    </message>
</context>
<context>
    <name>IdentifiersPanel</name>
    <message>
        <source>found by rule</source>
        <translation>found by rule</translation>
    </message>
    <message>
        <source>site adapter</source>
        <translation>site adapter</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Where it came from</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Retract…</translation>
    </message>
    <message>
        <source>Every identifier of this capture was retracted; tick “Show history” to see them.</source>
        <translation>Every identifier of this capture was retracted; tick “Show history” to see them.</translation>
    </message>
    <message>
        <source>No account name, ID or IP address was found on this capture. Read them off the screenshot and record them with “Add…”.</source>
        <translation>No account name, ID or IP address was found on this capture. Read them off the screenshot and record them with “Add…”.</translation>
    </message>
</context>
<context>
    <name>ImportCaseDialog</name>
    <message>
        <source>Import case file</source>
        <translation>Import case file</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>Case &amp;file:</translation>
    </message>
    <message>
        <source>Passphrase (if it has one):</source>
        <translation>Passphrase (if it has one):</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>This case file is protected by a passphrase: type it here.</source>
        <translation>This case file is protected by a passphrase: type it here.</translation>
    </message>
    <message>
        <source>Case {number} came back signed by a key never seen for this case.

Fingerprint: {fingerprint}

Import it only if the sending unit read you this same fingerprint, by phone or on paper. Accept this key and import?</source>
        <translation>Case {number} came back signed by a key never seen for this case.

Fingerprint: {fingerprint}

Import it only if the sending unit read you this same fingerprint, by phone or on paper. Accept this key and import?</translation>
    </message>
    <message>
        <source>Choose the case file and check it. Nothing is written until you import it.</source>
        <translation>Choose the case file and check it. Nothing is written until you import it.</translation>
    </message>
    <message>
        <source>Case {number} “{title}”, exported {at} by {officer} ({unit}).</source>
        <translation>Case {number} “{title}”, exported {at} by {officer} ({unit}).</translation>
    </message>
    <message>
        <source>{files} ({bytes} bytes), matching the SHA-256 values in the signed manifest.</source>
        <translation>{files} ({bytes} bytes), matching the SHA-256 values in the signed manifest.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Signing key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sending unit before importing.</source>
        <translation>Compare the fingerprint with the sending unit before importing.</translation>
    </message>
    <message>
        <source>The sender sent 1 sealed identity with the case, with a reason recorded in their audit log. Importing seals it in this vault unless this vault holds it already; it is read only through a reveal.</source>
        <translation>The sender sent 1 sealed identity with the case, with a reason recorded in their audit log. Importing seals it in this vault unless this vault holds it already; it is read only through a reveal.</translation>
    </message>
    <message>
        <source>The sender sent {count} sealed identities with the case, with a reason recorded in their audit log. Importing seals those this vault does not hold yet; they are read only through a reveal.</source>
        <translation>The sender sent {count} sealed identities with the case, with a reason recorded in their audit log. Importing seals those this vault does not hold yet; they are read only through a reveal.</translation>
    </message>
    <message>
        <source>Sealed identities ({count}) stayed with the sending unit.</source>
        <translation>Sealed identities ({count}) stayed with the sending unit.</translation>
    </message>
    <message>
        <source>This case is here already, as {number}: it came back. Importing adds what the other unit added to it and changes nothing here.</source>
        <translation>This case is here already, as {number}: it came back. Importing adds what the other unit added to it and changes nothing here.</translation>
    </message>
    <message>
        <source>Its signing key was never seen for this case: importing asks you to accept its fingerprint.</source>
        <translation>Its signing key was never seen for this case: importing asks you to accept its fingerprint.</translation>
    </message>
    <message>
        <source>You accepted the signing key {fingerprint} for this case; the acceptance is recorded in the audit log.</source>
        <translation>You accepted the signing key {fingerprint} for this case; the acceptance is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Received as case {number}.</source>
        <translation>Received as case {number}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Workstation keys for case files</source>
        <translation>Workstation keys for case files</translation>
    </message>
    <message>
        <source>Units that send you a case file encrypt it to the workstation key below. Case files you send are signed with this vault&apos;s signing key: read its fingerprint out to the receiving unit, who compares it with the one their NetPatrol shows.</source>
        <translation>Units that send you a case file encrypt it to the workstation key below. Case files you send are signed with this vault&apos;s signing key: read its fingerprint out to the receiving unit, who compares it with the one their NetPatrol shows.</translation>
    </message>
    <message>
        <source>Workstation key:</source>
        <translation>Workstation key:</translation>
    </message>
    <message>
        <source>Signing key fingerprint:</source>
        <translation>Signing key fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Copy the workstation key</source>
        <translation>&amp;Copy the workstation key</translation>
    </message>
</context>
<context>
    <name>KeywordPatrolDialog</name>
    <message>
        <source>Keyword patrol</source>
        <translation>Keyword patrol</translation>
    </message>
    <message>
        <source>or type a keyword</source>
        <translation>or type a keyword</translation>
    </message>
    <message>
        <source>Keywords of the set</source>
        <translation>Keywords of the set</translation>
    </message>
    <message>
        <source>Keyword of your own</source>
        <translation>Keyword of your own</translation>
    </message>
    <message>
        <source>Add to my keywords</source>
        <translation>Add to my keywords</translation>
    </message>
    <message>
        <source>No search page (open them from the sidebar): {names}</source>
        <translation>No search page (open them from the sidebar): {names}</translation>
    </message>
    <message>
        <source>Open searches</source>
        <translation>Open searches</translation>
    </message>
    <message>
        <source>Keyword set</source>
        <translation>Keyword set</translation>
    </message>
    <message>
        <source>Platforms with a search page</source>
        <translation>Platforms with a search page</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <source>&amp;Back up vault…</source>
        <translation>&amp;Back up vault…</translation>
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
        <source>&amp;Export case file…</source>
        <translation>&amp;Export case file…</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>&amp;Import case file…</translation>
    </message>
    <message>
        <source>Workstation &amp;keys for case files…</source>
        <translation>Workstation &amp;keys for case files…</translation>
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
        <source>Vault &amp;audit log…</source>
        <translation>Vault &amp;audit log…</translation>
    </message>
    <message>
        <source>Check a file&apos;s &amp;origin…</source>
        <translation>Check a file&apos;s &amp;origin…</translation>
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
        <source>Check the clock</source>
        <translation>Check the clock</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>Vault upgraded</translation>
    </message>
    <message>
        <source>NetPatrol is already running</source>
        <translation>NetPatrol is already running</translation>
    </message>
    <message>
        <source>NetPatrol was started again for the vault {asked}. This window keeps {current}: to open the other one, close NetPatrol, then start it again with that vault.</source>
        <translation>NetPatrol was started again for the vault {asked}. This window keeps {current}: to open the other one, close NetPatrol, then start it again with that vault.</translation>
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
        <source>Officer: {officer}</source>
        <translation>Officer: {officer}</translation>
    </message>
    <message>
        <source>Unsaved case details</source>
        <translation>Unsaved case details</translation>
    </message>
    <message>
        <source>The details of case {number} were changed and not saved.</source>
        <translation>The details of case {number} were changed and not saved.</translation>
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
        <source>Choose a sealed person in the case&apos;s People tab first.</source>
        <translation>Choose a sealed person in the case&apos;s People tab first.</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>Verifying the vault…</translation>
    </message>
    <message>
        <source>Verifying the vault… evidence files re-hashed: {done} of {total}</source>
        <translation>Verifying the vault… evidence files re-hashed: {done} of {total}</translation>
    </message>
    <message>
        <source>The vault is intact: {entries}, {rows} and {files} checked.</source>
        <translation>The vault is intact: {entries}, {rows} and {files} checked.</translation>
    </message>
    <message>
        <source>1 audit entry</source>
        <translation>1 audit entry</translation>
    </message>
    <message>
        <source>{count} audit entries</source>
        <translation>{count} audit entries</translation>
    </message>
    <message>
        <source>1 evidence row</source>
        <translation>1 evidence row</translation>
    </message>
    <message>
        <source>{count} evidence rows</source>
        <translation>{count} evidence rows</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>Vault verified</translation>
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
    <message>
        <source>NetPatrol is already running for this user account, but its window does not answer. Wait a moment and try again; if it still does not answer, sign out and sign in again.</source>
        <translation>NetPatrol is already running for this user account, but its window does not answer. Wait a moment and try again; if it still does not answer, sign out and sign in again.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
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
        <source>What the case is about, without any victim&apos;s name</source>
        <translation>What the case is about, without any victim&apos;s name</translation>
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
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
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
    <name>NewPersonaDialog</name>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>A persona is the browser of one undercover account: its cookies and site data are kept apart from every other persona and stay from one patrol to the next, so the account stays signed in. The patrol log and every capture record which persona was used.</source>
        <translation>A persona is the browser of one undercover account: its cookies and site data are kept apart from every other persona and stay from one patrol to the next, so the account stays signed in. The patrol log and every capture record which persona was used.</translation>
    </message>
    <message>
        <source>e.g. the account&apos;s screen name</source>
        <translation>e.g. the account&apos;s screen name</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>No folder chosen yet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>⚠ NetPatrol does not encrypt what a persona stores. Anyone who can read this folder can use the account: choose a folder on an encrypted drive (BitLocker).</source>
        <translation>⚠ NetPatrol does not encrypt what a persona stores. Anyone who can read this folder can use the account: choose a folder on an encrypted drive (BitLocker).</translation>
    </message>
    <message>
        <source>Create persona</source>
        <translation>Create persona</translation>
    </message>
    <message>
        <source>Name (shown in the patrol log):</source>
        <translation>Name (shown in the patrol log):</translation>
    </message>
    <message>
        <source>Folder for personas:</source>
        <translation>Folder for personas:</translation>
    </message>
    <message>
        <source>Folder for persistent personas</source>
        <translation>Folder for persistent personas</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfflinePageViewer</name>
    <message>
        <source>Saved page (offline, read-only) — {title}</source>
        <translation>Saved page (offline, read-only) — {title}</translation>
    </message>
    <message>
        <source>Offline copy from the vault: scripts are off and nothing is fetched from the internet (requests blocked: {blocked}). Links do not work here.</source>
        <translation>Offline copy from the vault: scripts are off and nothing is fetched from the internet (requests blocked: {blocked}). Links do not work here.</translation>
    </message>
    <message>
        <source>Pictures and videos are blurred: click one to see it.</source>
        <translation>Pictures and videos are blurred: click one to see it.</translation>
    </message>
</context>
<context>
    <name>PatrolLogDialog</name>
    <message>
        <source>Patrol log</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>The patrol or the day shown, for the duty file (in Chinese, with ROC dates); recorded in the audit log.</source>
        <translation>The patrol or the day shown, for the duty file (in Chinese, with ROC dates); recorded in the audit log.</translation>
    </message>
    <message>
        <source>Save patrol log as PDF</source>
        <translation>Save patrol log as PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}).</source>
        <translation>Saved {file} (SHA-256 {sha256}).</translation>
    </message>
</context>
<context>
    <name>PatrolLogView</name>
    <message>
        <source>By patrol</source>
        <translation>By patrol</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>List the log</source>
        <translation>List the log</translation>
    </message>
    <message>
        <source>Patrols or days</source>
        <translation>Patrols or days</translation>
    </message>
    <message>
        <source>Pages and events</source>
        <translation>Pages and events</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nothing has been logged yet. Start a patrol to keep a duty log.</source>
        <translation>Nothing has been logged yet. Start a patrol to keep a duty log.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>{start} – {state} (pages: {pages})</source>
        <translation>{start} – {state} (pages: {pages})</translation>
    </message>
    <message>
        <source>Pages visited: {count}.</source>
        <translation>Pages visited: {count}.</translation>
    </message>
    <message>
        <source>Patrol {ident} by {officer} on {workstation}.</source>
        <translation>Patrol {ident} by {officer} on {workstation}.</translation>
    </message>
    <message>
        <source>All patrols on {day}.</source>
        <translation>All patrols on {day}.</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>114/07/01 or 2025-07-01</source>
        <translation>114/07/01 or 2025-07-01</translation>
    </message>
</context>
<context>
    <name>PlatformsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Home page</translation>
    </message>
    <message>
        <source>Search address ({q})</source>
        <translation>Search address ({q})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {problem}</source>
        <translation>Row {row} ({name}): {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>PlatformsEditorDialog</name>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Check a file&apos;s origin</source>
        <translation>Check a file&apos;s origin</translation>
    </message>
    <message>
        <source>Choose (or drop here) files handed back to you: a document&apos;s PDF, an exported evidence file, a case file. Each is hashed and looked up in this vault&apos;s audit chain and evidence: a file this vault issued, sent, received or holds is named with its audit entry; a changed copy is not found. Nothing is recorded. For a paper page, type the chain head printed in its footer.</source>
        <translation>Choose (or drop here) files handed back to you: a document&apos;s PDF, an exported evidence file, a case file. Each is hashed and looked up in this vault&apos;s audit chain and evidence: a file this vault issued, sent, received or holds is named with its audit entry; a changed copy is not found. Nothing is recorded. For a paper page, type the chain head printed in its footer.</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>A page&apos;s chain &amp;head:</source>
        <translation>A page&apos;s chain &amp;head:</translation>
    </message>
    <message>
        <source>as in the footer, e.g. 576:b2283c1e</source>
        <translation>as in the footer, e.g. 576:b2283c1e</translation>
    </message>
    <message>
        <source>Chec&amp;k the page</source>
        <translation>Chec&amp;k the page</translation>
    </message>
    <message>
        <source>Cop&amp;y the results</source>
        <translation>Cop&amp;y the results</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>No file checked yet.</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>Files to check</translation>
    </message>
    <message>
        <source>✔ A page whose footer reads {seq}:{typed}: printed from this vault</source>
        <translation>✔ A page whose footer reads {seq}:{typed}: printed from this vault</translation>
    </message>
    <message>
        <source>✘ A page whose footer reads {seq}:{typed}: not printed from this vault</source>
        <translation>✘ A page whose footer reads {seq}:{typed}: not printed from this vault</translation>
    </message>
    <message>
        <source>✘ {file}: could not be read</source>
        <translation>✘ {file}: could not be read</translation>
    </message>
    <message>
        <source>✔ {file}: known to this vault, unchanged</source>
        <translation>✔ {file}: known to this vault, unchanged</translation>
    </message>
    <message>
        <source>✘ {file}: not found in this vault</source>
        <translation>✘ {file}: not found in this vault</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecheckOptionsDialog</name>
    <message>
        <source>Takedown re-check</source>
        <translation>Takedown re-check</translation>
    </message>
    <message>
        <source>Re-check every captured address of case {case} in a separate headless browser. Each result is stored as evidence with its screenshot.</source>
        <translation>Re-check every captured address of case {case} in a separate headless browser. Each result is stored as evidence with its screenshot.</translation>
    </message>
    <message>
        <source>&amp;Clean browser, no cookies (what the public sees; recommended)</source>
        <translation>&amp;Clean browser, no cookies (what the public sees; recommended)</translation>
    </message>
    <message>
        <source>With a &amp;persona&apos;s saved cookies (only when the content needs a login):</source>
        <translation>With a &amp;persona&apos;s saved cookies (only when the content needs a login):</translation>
    </message>
    <message>
        <source>Storage-state file (.json)</source>
        <translation>Storage-state file (.json)</translation>
    </message>
    <message>
        <source>Persona&apos;s storage-state file</source>
        <translation>Persona&apos;s storage-state file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Start re-check</source>
        <translation>&amp;Start re-check</translation>
    </message>
    <message>
        <source>Persona cookies</source>
        <translation>Persona cookies</translation>
    </message>
    <message>
        <source>Storage state (*.json)</source>
        <translation>Storage state (*.json)</translation>
    </message>
    <message>
        <source>Starting with a clean browser in {seconds} s.</source>
        <translation>Starting with a clean browser in {seconds} s.</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s storage-state file, or use a clean browser.</source>
        <translation>Choose the persona&apos;s storage-state file, or use a clean browser.</translation>
    </message>
</context>
<context>
    <name>RecheckPanel</name>
    <message>
        <source>Opens every captured address of this case again in a clean headless browser and records whether the content was removed, restricted or is still online. Each result is kept as evidence (screenshot, HTTP status, final address).</source>
        <translation>Opens every captured address of this case again in a clean headless browser and records whether the content was removed, restricted or is still online. Each result is kept as evidence (screenshot, HTTP status, final address).</translation>
    </message>
    <message>
        <source>&amp;Re-check now…</source>
        <translation>&amp;Re-check now…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Still online: the social authority may ask TWNIC for DNS RPZ blocking (guideline 伍.二). Prepare the request with its evidence.</source>
        <translation>Still online: the social authority may ask TWNIC for DNS RPZ blocking (guideline 伍.二). Prepare the request with its evidence.</translation>
    </message>
    <message>
        <source>DNS RPZ request…</source>
        <translation>DNS RPZ request…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Final address</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Re-check results</source>
        <translation>Re-check results</translation>
    </message>
    <message>
        <source>Starting the browser…</source>
        <translation>Starting the browser…</translation>
    </message>
    <message>
        <source>1 earlier re-check of this case.</source>
        <translation>1 earlier re-check of this case.</translation>
    </message>
    <message>
        <source>{count} earlier re-checks of this case, newest first.</source>
        <translation>{count} earlier re-checks of this case, newest first.</translation>
    </message>
    <message>
        <source>Re-checking…</source>
        <translation>Re-checking…</translation>
    </message>
    <message>
        <source>This case has not been re-checked yet. Once the platform has been told to remove the content, re-check that it is gone: the result is kept as evidence (guideline 伍.二).</source>
        <translation>This case has not been re-checked yet. Once the platform has been told to remove the content, re-check that it is gone: the result is kept as evidence (guideline 伍.二).</translation>
    </message>
    <message>
        <source>%v of %m addresses</source>
        <translation>%v of %m addresses</translation>
    </message>
    <message>
        <source>Re-checking address {n} of {total}…</source>
        <translation>Re-checking address {n} of {total}…</translation>
    </message>
    <message>
        <source>Re-check finished: {removed} removed, {restricted} restricted, {online} still online, {unknown} unknown.</source>
        <translation>Re-check finished: {removed} removed, {restricted} restricted, {online} still online, {unknown} unknown.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>{count} deadlines need attention. {first}</source>
        <translation>{count} deadlines need attention. {first}</translation>
    </message>
    <message>
        <source>NetPatrol deadline</source>
        <translation>NetPatrol deadline</translation>
    </message>
    <message>
        <source>Case {case}: {clock} is overdue (deadline {deadline}, {left}).</source>
        <translation>Case {case}: {clock} is overdue (deadline {deadline}, {left}).</translation>
    </message>
    <message>
        <source>Case {case}: {clock} is due at {deadline} ({left}).</source>
        <translation>Case {case}: {clock} is due at {deadline} ({left}).</translation>
    </message>
    <message>
        <source>…and {count} more: the Clocks tab lists every running clock.</source>
        <translation>…and {count} more: the Clocks tab lists every running clock.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>RenderViewContextMenuQt</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Paste and match style</source>
        <translation>Paste and match style</translation>
    </message>
    <message>
        <source>Open link in new window</source>
        <translation>Open link in new window</translation>
    </message>
    <message>
        <source>Open link in new tab</source>
        <translation>Open link in new tab</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Copy link address</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Save link</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Copy image address</source>
        <translation>Copy image address</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <source>Copy media address</source>
        <translation>Copy media address</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>Show controls</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Save media</source>
        <translation>Save media</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <source>Save page</source>
        <translation>Save page</translation>
    </message>
    <message>
        <source>View page source</source>
        <translation>View page source</translation>
    </message>
</context>
<context>
    <name>RevealRequestDialog</name>
    <message>
        <source>Reveal a sealed identity</source>
        <translation>Reveal a sealed identity</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for 1 minute only.</source>
        <translation>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for 1 minute only.</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {count} minutes only.</source>
        <translation>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {count} minutes only.</translation>
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
        <source>Re&amp;veal</source>
        <translation>Re&amp;veal</translation>
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
        <source>Patrol platforms:</source>
        <translation>Patrol platforms:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hange passphrase…</translation>
    </message>
    <message>
        <source>Edit &amp;platforms…</source>
        <translation>Edit &amp;platforms…</translation>
    </message>
    <message>
        <source>The platforms of the browser&apos;s launcher and keyword patrols: name, home page, search address, notes.</source>
        <translation>The platforms of the browser&apos;s launcher and keyword patrols: name, home page, search address, notes.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name: it is recorded with every action.</source>
        <translation>Enter the officer&apos;s name: it is recorded with every action.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics for the performance evaluation</source>
        <translation>Statistics for the performance evaluation</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <source>Cop&amp;y the figures</source>
        <translation>Cop&amp;y the figures</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the statistics sheet as PDF</source>
        <translation>Save the statistics sheet as PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}).</source>
        <translation>Saved {file} (SHA-256 {sha256}).</translation>
    </message>
</context>
<context>
    <name>StoreAgainBox</name>
    <message>
        <source>The capture is kept until you choose. Free space on the vault&apos;s disk (or reconnect it), then store it again; Discard drops it for good.</source>
        <translation>The capture is kept until you choose. Free space on the vault&apos;s disk (or reconnect it), then store it again; Discard drops it for good.</translation>
    </message>
    <message>
        <source>&amp;Store again</source>
        <translation>&amp;Store again</translation>
    </message>
    <message>
        <source>&amp;Discard capture</source>
        <translation>&amp;Discard capture</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <source>Mark step done</source>
        <translation>Mark step done</translation>
    </message>
    <message>
        <source>When it happened (Taipei time)</source>
        <translation>When it happened (Taipei time)</translation>
    </message>
    <message>
        <source>When it happened (Taipei time):</source>
        <translation>When it happened (Taipei time):</translation>
    </message>
    <message>
        <source>What was done, with whom, reference numbers…</source>
        <translation>What was done, with whom, reference numbers…</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Note (required):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Evidence it rests on:</source>
        <translation>Evidence it rests on:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Fill in what is marked (required) first.</source>
        <translation>Fill in what is marked (required) first.</translation>
    </message>
    <message>
        <source>{label} (required):</source>
        <translation>{label} (required):</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>artifact {description}</source>
        <translation>artifact {description}</translation>
    </message>
    <message>
        <source>capture ({kind})</source>
        <translation>capture ({kind})</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplete)</translation>
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
    <name>VaultAuditDialog</name>
    <message>
        <source>Vault audit log</source>
        <translation>Vault audit log</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions:</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Every entry listed, for the supervisor&apos;s file (in Chinese, with ROC dates); recorded in the audit log.</source>
        <translation>Every entry listed, for the supervisor&apos;s file (in Chinese, with ROC dates); recorded in the audit log.</translation>
    </message>
    <message>
        <source>1 entry of the audit chain was recorded from {first} to {last}.</source>
        <translation>1 entry of the audit chain was recorded from {first} to {last}.</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain were recorded from {first} to {last}, newest first.</source>
        <translation>{count} entries of the audit chain were recorded from {first} to {last}, newest first.</translation>
    </message>
    <message>
        <source>1 entry of the audit chain from {first} to {last} is of the actions chosen ({group}).</source>
        <translation>1 entry of the audit chain from {first} to {last} is of the actions chosen ({group}).</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain from {first} to {last} are of the actions chosen ({group}), newest first.</source>
        <translation>{count} entries of the audit chain from {first} to {last} are of the actions chosen ({group}), newest first.</translation>
    </message>
    <message>
        <source>Each carries the hash of the one before it, so none can be changed or removed unnoticed.</source>
        <translation>Each carries the hash of the one before it, so none can be changed or removed unnoticed.</translation>
    </message>
    <message>
        <source>Double-click an entry of a case to open the case.</source>
        <translation>Double-click an entry of a case to open the case.</translation>
    </message>
    <message>
        <source>Only the newest {shown} are listed: choose a shorter period for the others (the PDF holds them all).</source>
        <translation>Only the newest {shown} are listed: choose a shorter period for the others (the PDF holds them all).</translation>
    </message>
    <message>
        <source>Save the vault audit log as PDF</source>
        <translation>Save the vault audit log as PDF</translation>
    </message>
    <message>
        <source>Saved {file}; entries printed: {entries} (SHA-256 {sha256}).</source>
        <translation>Saved {file}; entries printed: {entries} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>The audit chain is broken: {reason} The printed log says so too; Tools → Verify vault integrity names every problem.</source>
        <translation>The audit chain is broken: {reason} The printed log says so too; Tools → Verify vault integrity names every problem.</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>NetPatrol case files (*.npcase);;All files (*)</source>
        <translation>NetPatrol case files (*.npcase);;All files (*)</translation>
    </message>
    <message>
        <source>Save case file as</source>
        <translation>Save case file as</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <source>Welcome to NetPatrol</source>
        <translation>Welcome to NetPatrol</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
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
        <source>One encrypted file. Keep it on this workstation&apos;s own disk and back it up.</source>
        <translation>One encrypted file. Keep it on this workstation&apos;s own disk and back it up.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
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
        <source>Case number for&amp;mat:</source>
        <translation>Case number for&amp;mat:</translation>
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
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Vault unlocked</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Vault integrity verified</source>
        <translation>Vault integrity verified</translation>
    </message>
    <message>
        <source>Officer or unit changed</source>
        <translation>Officer or unit changed</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Case edited</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
    <message>
        <source>Sealed identity revealed</source>
        <translation>Sealed identity revealed</translation>
    </message>
    <message>
        <source>Reveal refused (wrong passphrase)</source>
        <translation>Reveal refused (wrong passphrase)</translation>
    </message>
    <message>
        <source>Sealed identity sent with a case file</source>
        <translation>Sealed identity sent with a case file</translation>
    </message>
    <message>
        <source>Sending sealed identities refused (wrong passphrase)</source>
        <translation>Sending sealed identities refused (wrong passphrase)</translation>
    </message>
    <message>
        <source>Capture stored</source>
        <translation>Capture stored</translation>
    </message>
    <message>
        <source>Capture hashes re-verified</source>
        <translation>Capture hashes re-verified</translation>
    </message>
    <message>
        <source>Evidence file stored</source>
        <translation>Evidence file stored</translation>
    </message>
    <message>
        <source>Evidence file opened</source>
        <translation>Evidence file opened</translation>
    </message>
    <message>
        <source>Evidence file exported</source>
        <translation>Evidence file exported</translation>
    </message>
    <message>
        <source>Identifier recorded</source>
        <translation>Identifier recorded</translation>
    </message>
    <message>
        <source>Identifier corrected</source>
        <translation>Identifier corrected</translation>
    </message>
    <message>
        <source>Identifier withdrawn</source>
        <translation>Identifier withdrawn</translation>
    </message>
    <message>
        <source>Step marked done</source>
        <translation>Step marked done</translation>
    </message>
    <message>
        <source>Step done automatically</source>
        <translation>Step done automatically</translation>
    </message>
    <message>
        <source>Step undone</source>
        <translation>Step undone</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>Document text copied</source>
        <translation>Document text copied</translation>
    </message>
    <message>
        <source>Patrol started</source>
        <translation>Patrol started</translation>
    </message>
    <message>
        <source>Patrol stopped</source>
        <translation>Patrol stopped</translation>
    </message>
    <message>
        <source>Patrol log viewed</source>
        <translation>Patrol log viewed</translation>
    </message>
    <message>
        <source>Download stored</source>
        <translation>Download stored</translation>
    </message>
    <message>
        <source>Persona created</source>
        <translation>Persona created</translation>
    </message>
    <message>
        <source>Certificate error overridden</source>
        <translation>Certificate error overridden</translation>
    </message>
    <message>
        <source>Hand-off keys created</source>
        <translation>Hand-off keys created</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>Case file exported</translation>
    </message>
    <message>
        <source>Case received from a case file</source>
        <translation>Case received from a case file</translation>
    </message>
    <message>
        <source>Case file received for a case already here: its additions</source>
        <translation>Case file received for a case already here: its additions</translation>
    </message>
    <message>
        <source>Person received</source>
        <translation>Person received</translation>
    </message>
    <message>
        <source>Sealed identity received for a person already here</source>
        <translation>Sealed identity received for a person already here</translation>
    </message>
    <message>
        <source>Capture received</source>
        <translation>Capture received</translation>
    </message>
    <message>
        <source>Evidence file received</source>
        <translation>Evidence file received</translation>
    </message>
    <message>
        <source>Identifier received</source>
        <translation>Identifier received</translation>
    </message>
    <message>
        <source>Step received</source>
        <translation>Step received</translation>
    </message>
    <message>
        <source>Sealed identities: reveals, refusals, sending</source>
        <translation>Sealed identities: reveals, refusals, sending</translation>
    </message>
    <message>
        <source>Evidence: captures, files, downloads, identifiers</source>
        <translation>Evidence: captures, files, downloads, identifiers</translation>
    </message>
    <message>
        <source>Documents issued and copied</source>
        <translation>Documents issued and copied</translation>
    </message>
    <message>
        <source>Case files sent and received, hand-off keys</source>
        <translation>Case files sent and received, hand-off keys</translation>
    </message>
    <message>
        <source>Cases, people and steps</source>
        <translation>Cases, people and steps</translation>
    </message>
    <message>
        <source>Patrols, personas, certificate overrides</source>
        <translation>Patrols, personas, certificate overrides</translation>
    </message>
    <message>
        <source>Steps back of the clock found</source>
        <translation>Steps back of the clock found</translation>
    </message>
    <message>
        <source>Clock behind the last entry by</source>
        <translation>Clock behind the last entry by</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Actions printed</source>
        <translation>Actions printed</translation>
    </message>
    <message>
        <source>Entries printed</source>
        <translation>Entries printed</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Upgraded</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>People added</translation>
    </message>
    <message>
        <source>Captures added</source>
        <translation>Captures added</translation>
    </message>
    <message>
        <source>Evidence files added</source>
        <translation>Evidence files added</translation>
    </message>
    <message>
        <source>Identifiers added</source>
        <translation>Identifiers added</translation>
    </message>
    <message>
        <source>Step records added</source>
        <translation>Step records added</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Record hash</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Happened at</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Procedure version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>Vault backed up</translation>
    </message>
    <message>
        <source>Vault: unlocks, locks, integrity checks, passphrase, officer</source>
        <translation>Vault: unlocks, locks, integrity checks, passphrase, officer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>All match</source>
        <translation>All match</translation>
    </message>
    <message>
        <source>Audit entries checked</source>
        <translation>Audit entries checked</translation>
    </message>
    <message>
        <source>Evidence rows checked</source>
        <translation>Evidence rows checked</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Files checked</translation>
    </message>
    <message>
        <source>Bytes re-hashed</source>
        <translation>Bytes re-hashed</translation>
    </message>
    <message>
        <source>Chain head checked</source>
        <translation>Chain head checked</translation>
    </message>
    <message>
        <source>Last audit entry in the copy</source>
        <translation>Last audit entry in the copy</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>First broken entry</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Not matching</source>
        <translation>Not matching</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Copy kept from before the upgrade</source>
        <translation>Copy kept from before the upgrade</translation>
    </message>
    <message>
        <source>SHA-256 of that copy</source>
        <translation>SHA-256 of that copy</translation>
    </message>
    <message>
        <source>Sealed people marked, so documents print their pseudonyms</source>
        <translation>Sealed people marked, so documents print their pseudonyms</translation>
    </message>
    <message>
        <source>Passphrase change that did not finish (entry number; the passphrase stayed as before)</source>
        <translation>Passphrase change that did not finish (entry number; the passphrase stayed as before)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Encrypted to</source>
        <translation>Encrypted to</translation>
    </message>
    <message>
        <source>Workstation key</source>
        <translation>Workstation key</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <source>Case file SHA-256</source>
        <translation>Case file SHA-256</translation>
    </message>
    <message>
        <source>Sender&apos;s case number</source>
        <translation>Sender&apos;s case number</translation>
    </message>
    <message>
        <source>Sealed identities added</source>
        <translation>Sealed identities added</translation>
    </message>
    <message>
        <source>Sealed identities already here, left as they were</source>
        <translation>Sealed identities already here, left as they were</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <source>Opened at the sending unit</source>
        <translation>Opened at the sending unit</translation>
    </message>
    <message>
        <source>Sending officer</source>
        <translation>Sending officer</translation>
    </message>
    <message>
        <source>Sending vault</source>
        <translation>Sending vault</translation>
    </message>
    <message>
        <source>Sending unit, as the case file states it</source>
        <translation>Sending unit, as the case file states it</translation>
    </message>
    <message>
        <source>Sending officer, as the case file states it</source>
        <translation>Sending officer, as the case file states it</translation>
    </message>
    <message>
        <source>Sending vault, as the case file states it</source>
        <translation>Sending vault, as the case file states it</translation>
    </message>
    <message>
        <source>Signing key new for this case, accepted by the officer</source>
        <translation>Signing key new for this case, accepted by the officer</translation>
    </message>
    <message>
        <source>Undos of this unit&apos;s steps not applied</source>
        <translation>Undos of this unit&apos;s steps not applied</translation>
    </message>
    <message>
        <source>New ticks of this unit&apos;s steps not applied</source>
        <translation>New ticks of this unit&apos;s steps not applied</translation>
    </message>
    <message>
        <source>Step records made there in the name of an officer here</source>
        <translation>Step records made there in the name of an officer here</translation>
    </message>
    <message>
        <source>Steps this workstation&apos;s procedure does not have</source>
        <translation>Steps this workstation&apos;s procedure does not have</translation>
    </message>
    <message>
        <source>Step records of steps this workstation&apos;s procedure does not have</source>
        <translation>Step records of steps this workstation&apos;s procedure does not have</translation>
    </message>
    <message>
        <source>Sender&apos;s audit chain head</source>
        <translation>Sender&apos;s audit chain head</translation>
    </message>
    <message>
        <source>Sender&apos;s record number</source>
        <translation>Sender&apos;s record number</translation>
    </message>
    <message>
        <source>Sealed identity stayed with the sender</source>
        <translation>Sealed identity stayed with the sender</translation>
    </message>
    <message>
        <source>Sealed identity received (sealed again here)</source>
        <translation>Sealed identity received (sealed again here)</translation>
    </message>
    <message>
        <source>Sealed identities sent along</source>
        <translation>Sealed identities sent along</translation>
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
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>ended by the officer</source>
        <translation>ended by the officer</translation>
    </message>
    <message>
        <source>closed after the application ended unexpectedly</source>
        <translation>closed after the application ended unexpectedly</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>a passphrase</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Back up the vault to</source>
        <translation>Back up the vault to</translation>
    </message>
    <message>
        <source>NetPatrol vaults (*.npv)</source>
        <translation>NetPatrol vaults (*.npv)</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <source>The backup is written and read back whole:
{file}
{size} bytes, SHA-256 {sha256}

It holds the audit chain up to entry #{seq}, and opens with the vault&apos;s current passphrase (a passphrase changed later does not change the copy). Keep it away from this workstation, locked away like any evidence.</source>
        <translation>The backup is written and read back whole:
{file}
{size} bytes, SHA-256 {sha256}

It holds the audit chain up to entry #{seq}, and opens with the vault&apos;s current passphrase (a passphrase changed later does not change the copy). Keep it away from this workstation, locked away like any evidence.</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>Vault backed up</translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>Reached the end of the page.</source>
        <translation>Reached the end of the page.</translation>
    </message>
    <message>
        <source>Stopped: the height limit was reached.</source>
        <translation>Stopped: the height limit was reached.</translation>
    </message>
    <message>
        <source>Stopped: the time limit was reached.</source>
        <translation>Stopped: the time limit was reached.</translation>
    </message>
    <message>
        <source>Stopped: the item limit was reached.</source>
        <translation>Stopped: the item limit was reached.</translation>
    </message>
    <message>
        <source>Stopped: the page did not let itself be scrolled.</source>
        <translation>Stopped: the page did not let itself be scrolled.</translation>
    </message>
    <message>
        <source>The page was not scrolled (lazy loading was switched off).</source>
        <translation>The page was not scrolled (lazy loading was switched off).</translation>
    </message>
    <message>
        <source>Reached the start of the conversation (the chat shows its beginning).</source>
        <translation>Reached the start of the conversation (the chat shows its beginning).</translation>
    </message>
    <message>
        <source>Reached the start of the conversation: at the top of the chat no older messages arrived within the wait.</source>
        <translation>Reached the start of the conversation: at the top of the chat no older messages arrived within the wait.</translation>
    </message>
    <message>
        <source>Stopped: the message limit was reached; older messages were not collected.</source>
        <translation>Stopped: the message limit was reached; older messages were not collected.</translation>
    </message>
    <message>
        <source>Stopped by the officer.</source>
        <translation>Stopped by the officer.</translation>
    </message>
    <message>
        <source>Stopped: the frame limit was reached; later moments were not captured.</source>
        <translation>Stopped: the frame limit was reached; later moments were not captured.</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} messages</translation>
    </message>
    <message>
        <source>The page was still loading when the capture ended.</source>
        <translation>The page was still loading when the capture ended.</translation>
    </message>
    <message>
        <source>The server answered with an error page (HTTP {detail}).</source>
        <translation>The server answered with an error page (HTTP {detail}).</translation>
    </message>
    <message>
        <source>The page is an endless feed: it kept growing while it was scrolled, so there is more below what was captured.</source>
        <translation>The page is an endless feed: it kept growing while it was scrolled, so there is more below what was captured.</translation>
    </message>
    <message>
        <source>The page was still loading data when the time to wait ran out (1 request open).</source>
        <translation>The page was still loading data when the time to wait ran out (1 request open).</translation>
    </message>
    <message>
        <source>The page was still loading data when the time to wait ran out ({count} requests open).</source>
        <translation>The page was still loading data when the time to wait ran out ({count} requests open).</translation>
    </message>
    <message>
        <source>1 lazy-loaded item had not appeared yet.</source>
        <translation>1 lazy-loaded item had not appeared yet.</translation>
    </message>
    <message>
        <source>{count} lazy-loaded items had not appeared yet.</source>
        <translation>{count} lazy-loaded items had not appeared yet.</translation>
    </message>
    <message>
        <source>The page changed while it was being captured (1 change); the image and the saved page may differ.</source>
        <translation>The page changed while it was being captured (1 change); the image and the saved page may differ.</translation>
    </message>
    <message>
        <source>The page changed while it was being captured ({count} changes); the image and the saved page may differ.</source>
        <translation>The page changed while it was being captured ({count} changes); the image and the saved page may differ.</translation>
    </message>
    <message>
        <source>At 1 step the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</source>
        <translation>At 1 step the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</translation>
    </message>
    <message>
        <source>At {count} steps the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</source>
        <translation>At {count} steps the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</translation>
    </message>
    <message>
        <source>1 image in the chat was not saved as a picture (only labelled): too many, or not shown in time.</source>
        <translation>1 image in the chat was not saved as a picture (only labelled): too many, or not shown in time.</translation>
    </message>
    <message>
        <source>{count} images in the chat were not saved as pictures (only labelled): too many, or not shown in time.</source>
        <translation>{count} images in the chat were not saved as pictures (only labelled): too many, or not shown in time.</translation>
    </message>
    <message>
        <source>Chat: {messages} collected in {steps}.</source>
        <translation>Chat: {messages} collected in {steps}.</translation>
    </message>
    <message>
        <source>1 scroll step</source>
        <translation>1 scroll step</translation>
    </message>
    <message>
        <source>{count} scroll steps</source>
        <translation>{count} scroll steps</translation>
    </message>
    <message>
        <source>1 frame of the screen taken.</source>
        <translation>1 frame of the screen taken.</translation>
    </message>
    <message>
        <source>{count} frames of the screen taken.</source>
        <translation>{count} frames of the screen taken.</translation>
    </message>
    <message>
        <source>Full-page image: {tiles}; lazy items still pending: {pending}; scroll containers found: {containers}.</source>
        <translation>Full-page image: {tiles}; lazy items still pending: {pending}; scroll containers found: {containers}.</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 tile</translation>
    </message>
    <message>
        <source>{count} tiles</source>
        <translation>{count} tiles</translation>
    </message>
    <message>
        <source>The full-page image came out blank although the page has content; the page may hide itself from capture.</source>
        <translation>The full-page image came out blank although the page has content; the page may hide itself from capture.</translation>
    </message>
    <message>
        <source>Only the first {detail} px of the page are in the full-page image (height limit).</source>
        <translation>Only the first {detail} px of the page are in the full-page image (height limit).</translation>
    </message>
    <message>
        <source>The site adapter {detail} failed; only the generic rules found identifiers.</source>
        <translation>The site adapter {detail} failed; only the generic rules found identifiers.</translation>
    </message>
    <message>
        <source>The recording stopped at its time limit of {detail} s; what the page showed after that was not recorded.</source>
        <translation>The recording stopped at its time limit of {detail} s; what the page showed after that was not recorded.</translation>
    </message>
    <message>
        <source>Complete capture.</source>
        <translation>Complete capture.</translation>
    </message>
    <message>
        <source>PARTIAL capture.</source>
        <translation>PARTIAL capture.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>The id must be 1–40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>The id must be 1–40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
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
        <source>&apos;{value}&apos; appears twice.</source>
        <translation>&apos;{value}&apos; appears twice.</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>Patrol account</source>
        <translation>Patrol account</translation>
    </message>
    <message>
        <source>{label} ({persona})</source>
        <translation>{label} ({persona})</translation>
    </message>
    <message>
        <source>(sender not shown)</source>
        <translation>(sender not shown)</translation>
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
        <source>The case is marked closed, but the checklist step “{step}” is not recorded: its statutory deadlines still run and are reminded until it is.</source>
        <translation>The case is marked closed, but the checklist step “{step}” is not recorded: its statutory deadlines still run and are reminded until it is.</translation>
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
        <source>undo it first to record it again.</source>
        <translation>undo it first to record it again.</translation>
    </message>
    <message>
        <source>it is completed by the application when this happens: {events}.</source>
        <translation>it is completed by the application when this happens: {events}.</translation>
    </message>
    <message>
        <source>it cannot have happened before “{step}”, which it waits for, was done ({at}).</source>
        <translation>it cannot have happened before “{step}”, which it waits for, was done ({at}).</translation>
    </message>
    <message>
        <source>it is not done, so there is nothing to undo.</source>
        <translation>it is not done, so there is nothing to undo.</translation>
    </message>
    <message>
        <source>LANGUAGE=en</source>
        <translation>LANGUAGE=en</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>done automatically</source>
        <translation>done automatically</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
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
        <source>No case at --offset {offset}: there are fewer cases.</source>
        <translation>No case at --offset {offset}: there are fewer cases.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Captures:</translation>
    </message>
    <message>
        <source>[PARTIAL]</source>
        <translation>[PARTIAL]</translation>
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
        <source>{label} (Enter to leave it out): </source>
        <translation>{label} (Enter to leave it out): </translation>
    </message>
    <message>
        <source>{pseudonym} is not sealed ({role}): the name is shown with the case, so there is nothing to reveal and nothing was recorded.</source>
        <translation>{pseudonym} is not sealed ({role}): the name is shown with the case, so there is nothing to reveal and nothing was recorded.</translation>
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
        <source>The check stopped at the file itself: nothing in it could be counted or checked.</source>
        <translation>The check stopped at the file itself: nothing in it could be counted or checked.</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed: the case already reads so.</source>
        <translation>Nothing changed: the case already reads so.</translation>
    </message>
    <message>
        <source>Status: {status}   Platforms: {platforms}</source>
        <translation>Status: {status}   Platforms: {platforms}</translation>
    </message>
    <message>
        <source>Wrote a checked backup of the vault to {file} ({size} bytes, sha256:{sha256}); it holds the audit chain up to entry #{seq} and opens with the vault&apos;s current passphrase.</source>
        <translation>Wrote a checked backup of the vault to {file} ({size} bytes, sha256:{sha256}); it holds the audit chain up to entry #{seq} and opens with the vault&apos;s current passphrase.</translation>
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
        <source>{value} is not a whole number of at least {minimum}.</source>
        <translation>{value} is not a whole number of at least {minimum}.</translation>
    </message>
    <message>
        <source>{value} is not a number of seconds.</source>
        <translation>{value} is not a number of seconds.</translation>
    </message>
    <message>
        <source>the case: its number (e.g. NP-115-0001) or id</source>
        <translation>the case: its number (e.g. NP-115-0001) or id</translation>
    </message>
    <message>
        <source>replace the -o file if it exists already (never the vault&apos;s own files)</source>
        <translation>replace the -o file if it exists already (never the vault&apos;s own files)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>NetPatrol: patrol, evidence capture and case vault.</source>
        <translation>NetPatrol: patrol, evidence capture and case vault.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
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
        <source>the case title (案由)</source>
        <translation>the case title (案由)</translation>
    </message>
    <message>
        <source>platform (repeatable)</source>
        <translation>platform (repeatable)</translation>
    </message>
    <message>
        <source>case number (default: next in the unit&apos;s format)</source>
        <translation>case number (default: next in the unit&apos;s format)</translation>
    </message>
    <message>
        <source>notes on the case</source>
        <translation>notes on the case</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>at most this many (default 50)</translation>
    </message>
    <message>
        <source>skip this many first (the next page)</source>
        <translation>skip this many first (the next page)</translation>
    </message>
    <message>
        <source>show a case</source>
        <translation>show a case</translation>
    </message>
    <message>
        <source>change a case&apos;s title, status, platforms or notes (a new revision, audited)</source>
        <translation>change a case&apos;s title, status, platforms or notes (a new revision, audited)</translation>
    </message>
    <message>
        <source>the new title (案由)</source>
        <translation>the new title (案由)</translation>
    </message>
    <message>
        <source>open, referred, transferred or closed (closing the case in the checklist is its step 「結案」: the status alone stops no deadline)</source>
        <translation>open, referred, transferred or closed (closing the case in the checklist is its step 「結案」: the status alone stops no deadline)</translation>
    </message>
    <message>
        <source>platform (repeatable); the ones given replace the case&apos;s platforms</source>
        <translation>platform (repeatable); the ones given replace the case&apos;s platforms</translation>
    </message>
    <message>
        <source>the new notes (replace the old)</source>
        <translation>the new notes (replace the old)</translation>
    </message>
    <message>
        <source>words to look for, Chinese or other</source>
        <translation>words to look for, Chinese or other</translation>
    </message>
    <message>
        <source>write a complete, checked copy of the vault, which its passphrase opens (audited)</source>
        <translation>write a complete, checked copy of the vault, which its passphrase opens (audited)</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
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
        <source>the person&apos;s role</source>
        <translation>the person&apos;s role</translation>
    </message>
    <message>
        <source>name (asked when omitted, with the details below, so they stay out of the shell&apos;s history)</source>
        <translation>name (asked when omitted, with the details below, so they stay out of the shell&apos;s history)</translation>
    </message>
    <message>
        <source>national ID or passport number</source>
        <translation>national ID or passport number</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>online account (platform and name or ID)</source>
        <translation>online account (platform and name or ID)</translation>
    </message>
    <message>
        <source>a note on the person</source>
        <translation>a note on the person</translation>
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
        <source>why the identity is needed (kept in the audit log)</source>
        <translation>why the identity is needed (kept in the audit log)</translation>
    </message>
    <message>
        <source>full-text search over cases and captured text</source>
        <translation>full-text search over cases and captured text</translation>
    </message>
    <message>
        <source>Only 1 case is shown; --offset {offset} lists the next ones.</source>
        <translation>Only 1 case is shown; --offset {offset} lists the next ones.</translation>
    </message>
    <message>
        <source>Only {count} cases are shown; --offset {offset} lists the next ones.</source>
        <translation>Only {count} cases are shown; --offset {offset} lists the next ones.</translation>
    </message>
    <message>
        <source>Only the newest hit is shown; --limit shows more.</source>
        <translation>Only the newest hit is shown; --limit shows more.</translation>
    </message>
    <message>
        <source>Only the newest {count} hits are shown; --limit shows more.</source>
        <translation>Only the newest {count} hits are shown; --limit shows more.</translation>
    </message>
    <message>
        <source>list cases, the one updated last first</source>
        <translation>list cases, the one updated last first</translation>
    </message>
    <message>
        <source>check the vault&apos;s hashes and audit chain, or a case file</source>
        <translation>check the vault&apos;s hashes and audit chain, or a case file</translation>
    </message>
    <message>
        <source>a case file to check instead (no vault needed with --identity or NETPATROL_EXPORT_PASSPHRASE)</source>
        <translation>a case file to check instead (no vault needed with --identity or NETPATROL_EXPORT_PASSPHRASE)</translation>
    </message>
    <message>
        <source>an age identity file to decrypt with</source>
        <translation>an age identity file to decrypt with</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Some checks failed.</translation>
    </message>
    <message>
        <source>check browser, capture, vault, PDF and case files offscreen</source>
        <translation>check browser, capture, vault, PDF and case files offscreen</translation>
    </message>
    <message>
        <source>Interrupted; nothing was half-written.</source>
        <translation>Interrupted; nothing was half-written.</translation>
    </message>
    <message>
        <source>Internal error: this is a bug in NetPatrol. Details are in {log}.</source>
        <translation>Internal error: this is a bug in NetPatrol. Details are in {log}.</translation>
    </message>
    <message>
        <source>Step {step} done at {at}.</source>
        <translation>Step {step} done at {at}.</translation>
    </message>
    <message>
        <source>Step {step} undone; the tick stays in the record.</source>
        <translation>Step {step} undone; the tick stays in the record.</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>No clock is running.</translation>
    </message>
    <message>
        <source>deadline {at}</source>
        <translation>deadline {at}</translation>
    </message>
    <message>
        <source>({start} to {end})</source>
        <translation>({start} to {end})</translation>
    </message>
    <message>
        <source>{section}  ({basis})</source>
        <translation>{section}  ({basis})</translation>
    </message>
    <message>
        <source>{state} {at} by {officer}</source>
        <translation>{state} {at} by {officer}</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>Clocks:</translation>
    </message>
    <message>
        <source>mark a checklist step done, or undo it (audited)</source>
        <translation>mark a checklist step done, or undo it (audited)</translation>
    </message>
    <message>
        <source>step id (see &apos;netpatrol steps&apos;)</source>
        <translation>step id (see &apos;netpatrol steps&apos;)</translation>
    </message>
    <message>
        <source>done, or undo the step&apos;s last tick</source>
        <translation>done, or undo the step&apos;s last tick</translation>
    </message>
    <message>
        <source>when it happened (ISO 8601; without a zone: Taipei time)</source>
        <translation>when it happened (ISO 8601; without a zone: Taipei time)</translation>
    </message>
    <message>
        <source>a note kept with the tick</source>
        <translation>a note kept with the tick</translation>
    </message>
    <message>
        <source>a field the step records, e.g. victim_age=minor (repeatable)</source>
        <translation>a field the step records, e.g. victim_age=minor (repeatable)</translation>
    </message>
    <message>
        <source>a capture or artifact id this step rests on (repeatable)</source>
        <translation>a capture or artifact id this step rests on (repeatable)</translation>
    </message>
    <message>
        <source>list a case&apos;s checklist steps and clocks</source>
        <translation>list a case&apos;s checklist steps and clocks</translation>
    </message>
    <message>
        <source>list every running clock across cases</source>
        <translation>list every running clock across cases</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <source>Wrote {file} (SHA-256 {sha256}).</source>
        <translation>Wrote {file} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>The audit chain is broken: {reason}</source>
        <translation>The audit chain is broken: {reason}</translation>
    </message>
    <message>
        <source>the vault&apos;s audit-chain entries of a period (all, or one group of actions), and with -o the printed log</source>
        <translation>the vault&apos;s audit-chain entries of a period (all, or one group of actions), and with -o the printed log</translation>
    </message>
    <message>
        <source>first day (default: 6 days before today)</source>
        <translation>first day (default: 6 days before today)</translation>
    </message>
    <message>
        <source>only this group of actions: {groups} (default: every action)</source>
        <translation>only this group of actions: {groups} (default: every action)</translation>
    </message>
    <message>
        <source>print the log to FILE.pdf instead (recorded in the audit log)</source>
        <translation>print the log to FILE.pdf instead (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Wrote {file}: {messages} (SHA-256 {sha256}).</source>
        <translation>Wrote {file}: {messages} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>The chat capture is partial (older messages were not collected), so the checklist step to print the chat in full stays open.</source>
        <translation>The chat capture is partial (older messages were not collected), so the checklist step to print the chat in full stays open.</translation>
    </message>
    <message>
        <source>Still online: the social authority may need the DNS RPZ request (netpatrol document --case {case} dns-rpz).</source>
        <translation>Still online: the social authority may need the DNS RPZ request (netpatrol document --case {case} dns-rpz).</translation>
    </message>
    <message>
        <source>write a procedure document (PDF or text)</source>
        <translation>write a procedure document (PDF or text)</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>which document</translation>
    </message>
    <message>
        <source>FILE.pdf, or FILE.txt for plain text</source>
        <translation>FILE.pdf, or FILE.txt for plain text</translation>
    </message>
    <message>
        <source>the reason (事由); default: the case title</source>
        <translation>the reason (事由); default: the case title</translation>
    </message>
    <message>
        <source>when the platform is notified (ISO 8601; default now)</source>
        <translation>when the platform is notified (ISO 8601; default now)</translation>
    </message>
    <message>
        <source>the office the case is transferred to</source>
        <translation>the office the case is transferred to</translation>
    </message>
    <message>
        <source>also print a mailto: draft</source>
        <translation>also print a mailto: draft</translation>
    </message>
    <message>
        <source>print the patrol duty log (勤務紀錄) of one day or one patrol as PDF</source>
        <translation>print the patrol duty log (勤務紀錄) of one day or one patrol as PDF</translation>
    </message>
    <message>
        <source>the day, e.g. 114/07/08 or 2025-07-08 (default: today)</source>
        <translation>the day, e.g. 114/07/08 or 2025-07-08 (default: today)</translation>
    </message>
    <message>
        <source>one patrol&apos;s id (T…) instead of a day</source>
        <translation>one patrol&apos;s id (T…) instead of a day</translation>
    </message>
    <message>
        <source>print a captured chat in full as PDF</source>
        <translation>print a captured chat in full as PDF</translation>
    </message>
    <message>
        <source>the chat capture&apos;s id</source>
        <translation>the chat capture&apos;s id</translation>
    </message>
    <message>
        <source>HANDLE=PSEUDONYM: show a sealed person&apos;s account by pseudonym</source>
        <translation>HANDLE=PSEUDONYM: show a sealed person&apos;s account by pseudonym</translation>
    </message>
    <message>
        <source>takedown re-check in a clean headless browser</source>
        <translation>takedown re-check in a clean headless browser</translation>
    </message>
    <message>
        <source>only this address (repeatable)</source>
        <translation>only this address (repeatable)</translation>
    </message>
    <message>
        <source>Chromium executable (default: /usr/bin/chromium on Linux)</source>
        <translation>Chromium executable (default: /usr/bin/chromium on Linux)</translation>
    </message>
    <message>
        <source>a persona&apos;s storage-state file (cookies); default none</source>
        <translation>a persona&apos;s storage-state file (cookies); default none</translation>
    </message>
    <message>
        <source>seconds per address</source>
        <translation>seconds per address</translation>
    </message>
    <message>
        <source>Capture {id} stored in case {case}.</source>
        <translation>Capture {id} stored in case {case}.</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identifiers:</translation>
    </message>
    <message>
        <source>Initial evidence (陸.一):</source>
        <translation>Initial evidence (陸.一):</translation>
    </message>
    <message>
        <source>Wrote {name} ({size} bytes, sha256:{sha256}) to {file}.</source>
        <translation>Wrote {name} ({size} bytes, sha256:{sha256}) to {file}.</translation>
    </message>
    <message>
        <source>capture a page into a case (offscreen, same engine as the GUI)</source>
        <translation>capture a page into a case (offscreen, same engine as the GUI)</translation>
    </message>
    <message>
        <source>do not scroll for lazy content</source>
        <translation>do not scroll for lazy content</translation>
    </message>
    <message>
        <source>Chat: {messages}; print the transcript with: netpatrol transcript --case {case} --capture {capture} -o FILE.pdf</source>
        <translation>Chat: {messages}; print the transcript with: netpatrol transcript --case {case} --capture {capture} -o FILE.pdf</translation>
    </message>
    <message>
        <source>the page&apos;s address</source>
        <translation>the page&apos;s address</translation>
    </message>
    <message>
        <source>capture a chat conversation: scroll it back to its start and keep every message (for netpatrol transcript)</source>
        <translation>capture a chat conversation: scroll it back to its start and keep every message (for netpatrol transcript)</translation>
    </message>
    <message>
        <source>time limit for scrolling (default 30; with --chat 180)</source>
        <translation>time limit for scrolling (default 30; with --chat 180)</translation>
    </message>
    <message>
        <source>with --chat: stop after this many messages</source>
        <translation>with --chat: stop after this many messages</translation>
    </message>
    <message>
        <source>with --chat: seconds to wait at the top for older messages before taking it as the start of the conversation</source>
        <translation>with --chat: seconds to wait at the top for older messages before taking it as the start of the conversation</translation>
    </message>
    <message>
        <source>height limit in pixels</source>
        <translation>height limit in pixels</translation>
    </message>
    <message>
        <source>feed item limit</source>
        <translation>feed item limit</translation>
    </message>
    <message>
        <source>artifacts</source>
        <translation>artifacts</translation>
    </message>
    <message>
        <source>write one artifact&apos;s bytes to a file (audited)</source>
        <translation>write one artifact&apos;s bytes to a file (audited)</translation>
    </message>
    <message>
        <source>the artifact&apos;s id</source>
        <translation>the artifact&apos;s id</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>Workstation key (give it to units that send you case files): {key}</source>
        <translation>Workstation key (give it to units that send you case files): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint (read it out to units you send case files to): {fingerprint}</source>
        <translation>Signing key fingerprint (read it out to units you send case files to): {fingerprint}</translation>
    </message>
    <message>
        <source>Passphrase again, to send the sealed identities: </source>
        <translation>Passphrase again, to send the sealed identities: </translation>
    </message>
    <message>
        <source>Case file SHA-256: {sha256}</source>
        <translation>Case file SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Signing key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Sealed identities sent with the case file, as you stated: {names}. The sending is recorded in the audit log with your reason.</source>
        <translation>Sealed identities sent with the case file, as you stated: {names}. The sending is recorded in the audit log with your reason.</translation>
    </message>
    <message>
        <source>Sealed identities left out: {count}. They stay in this vault; the case file names those people by pseudonym only.</source>
        <translation>Sealed identities left out: {count}. They stay in this vault; the case file names those people by pseudonym only.</translation>
    </message>
    <message>
        <source>Case {number} exported to {file}: {files}.</source>
        <translation>Case {number} exported to {file}: {files}.</translation>
    </message>
    <message>
        <source>Case received as {number} (their number {source_number}, from {unit}): {files}, every one matching the signed manifest.</source>
        <translation>Case received as {number} (their number {source_number}, from {unit}): {files}, every one matching the signed manifest.</translation>
    </message>
    <message>
        <source>You accepted the signing key {fingerprint} for case {number}; the acceptance is recorded in the audit log.</source>
        <translation>You accepted the signing key {fingerprint} for case {number}; the acceptance is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Sealed identities sent along by the sender: {count}.</source>
        <translation>Sealed identities sent along by the sender: {count}.</translation>
    </message>
    <message>
        <source>The case file is intact: case {number} “{title}”, exported {at} by {officer} ({unit}).</source>
        <translation>The case file is intact: case {number} “{title}”, exported {at} by {officer} ({unit}).</translation>
    </message>
    <message>
        <source>Evidence files: {count} ({bytes} bytes), each matching its SHA-256 in the signed manifest.</source>
        <translation>Evidence files: {count} ({bytes} bytes), each matching its SHA-256 in the signed manifest.</translation>
    </message>
    <message>
        <source>Sealed identities sent along by the sender: {count}. An import seals those this vault does not hold yet; they are read only through a reveal.</source>
        <translation>Sealed identities sent along by the sender: {count}. An import seals those this vault does not hold yet; they are read only through a reveal.</translation>
    </message>
    <message>
        <source>Signed with the key whose fingerprint is {fingerprint}: compare it with the sending unit&apos;s &apos;netpatrol keys show&apos;.</source>
        <translation>Signed with the key whose fingerprint is {fingerprint}: compare it with the sending unit&apos;s &apos;netpatrol keys show&apos;.</translation>
    </message>
    <message>
        <source>Sender&apos;s audit chain head: {head}</source>
        <translation>Sender&apos;s audit chain head: {head}</translation>
    </message>
    <message>
        <source>this workstation&apos;s hand-off keys</source>
        <translation>this workstation&apos;s hand-off keys</translation>
    </message>
    <message>
        <source>print the workstation key and the signing key&apos;s fingerprint</source>
        <translation>print the workstation key and the signing key&apos;s fingerprint</translation>
    </message>
    <message>
        <source>write an encrypted, signed case file for another unit (sealed identities are left out unless --include-sealed)</source>
        <translation>write an encrypted, signed case file for another unit (sealed identities are left out unless --include-sealed)</translation>
    </message>
    <message>
        <source>the case file to write (.npcase)</source>
        <translation>the case file to write (.npcase)</translation>
    </message>
    <message>
        <source>the receiving workstation&apos;s key, age1… (repeatable); without it the file is protected by NETPATROL_EXPORT_PASSPHRASE</source>
        <translation>the receiving workstation&apos;s key, age1… (repeatable); without it the file is protected by NETPATROL_EXPORT_PASSPHRASE</translation>
    </message>
    <message>
        <source>send the sealed identities (reporters, informants, victims) too; needs --reason and the passphrase again, and is audited</source>
        <translation>send the sealed identities (reporters, informants, victims) too; needs --reason and the passphrase again, and is audited</translation>
    </message>
    <message>
        <source>why the sealed identities must go with this case file</source>
        <translation>why the sealed identities must go with this case file</translation>
    </message>
    <message>
        <source>receive a case file: everything is verified before anything is written</source>
        <translation>receive a case file: everything is verified before anything is written</translation>
    </message>
    <message>
        <source>the case file (.npcase)</source>
        <translation>the case file (.npcase)</translation>
    </message>
    <message>
        <source>for a case that comes back signed by a key never seen for it: the fingerprint you compared with the sending unit, which you accept (audited)</source>
        <translation>for a case that comes back signed by a key never seen for it: the fingerprint you compared with the sending unit, which you accept (audited)</translation>
    </message>
    <message>
        <source>the unit&apos;s figures for a period (patrols, cases, captures, steps, deadlines), for the performance evaluation</source>
        <translation>the unit&apos;s figures for a period (patrols, cases, captures, steps, deadlines), for the performance evaluation</translation>
    </message>
    <message>
        <source>first day (default: the 1st of this month)</source>
        <translation>first day (default: the 1st of this month)</translation>
    </message>
    <message>
        <source>last day, included (default: today)</source>
        <translation>last day, included (default: today)</translation>
    </message>
    <message>
        <source>also print the statistics sheet to FILE.pdf</source>
        <translation>also print the statistics sheet to FILE.pdf</translation>
    </message>
    <message>
        <source>{file} (SHA-256 {sha256}):</source>
        <translation>{file} (SHA-256 {sha256}):</translation>
    </message>
    <message>
        <source>A page whose footer reads {head}:</source>
        <translation>A page whose footer reads {head}:</translation>
    </message>
    <message>
        <source>is this file a document, case file or evidence file of this vault, unchanged? (by its SHA-256; exit 3 when one is not)</source>
        <translation>is this file a document, case file or evidence file of this vault, unchanged? (by its SHA-256; exit 3 when one is not)</translation>
    </message>
    <message>
        <source>documents, case files or evidence files to check</source>
        <translation>documents, case files or evidence files to check</translation>
    </message>
    <message>
        <source>the audit chain head printed in a page&apos;s footer (576:b2283c1e…): was the page printed from this vault, and as part of which document?</source>
        <translation>the audit chain head printed in a page&apos;s footer (576:b2283c1e…): was the page printed from this vault, and as part of which document?</translation>
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
        <source>Retention ends soon</source>
        <translation>Retention ends soon</translation>
    </message>
    <message>
        <source>Retention period ended, data not requested</source>
        <translation>Retention period ended, data not requested</translation>
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
    <name>common</name>
    <message>
        <source>NetPatrol</source>
        <translation>NetPatrol</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 evidence file</translation>
    </message>
    <message>
        <source>{count} evidence files</source>
        <translation>{count} evidence files</translation>
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
        <source>The vault {path} is open in another NetPatrol window or command. Lock it there, or let the command finish, then try again. Nothing was changed.</source>
        <translation>The vault {path} is open in another NetPatrol window or command. Lock it there, or let the command finish, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</source>
        <translation>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase is not this vault&apos;s. A change of its passphrase was interrupted before it finished (NetPatrol closed, or the power went), so the vault still opens with the passphrase it had before that change. Nothing was changed.</source>
        <translation>The passphrase is not this vault&apos;s. A change of its passphrase was interrupted before it finished (NetPatrol closed, or the power went), so the vault still opens with the passphrase it had before that change. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</source>
        <translation>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min_length} characters; a short sentence is easiest to remember.</source>
        <translation>The passphrase is too short: use at least {min_length} characters; a short sentence is easiest to remember.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters: use at least {distinct} different ones.</source>
        <translation>The passphrase repeats too few characters: use at least {distinct} different ones.</translation>
    </message>
    <message>
        <source>The passphrase is an obvious sequence (like abcdefghij or 9876543210): use words instead.</source>
        <translation>The passphrase is an obvious sequence (like abcdefghij or 9876543210): use words instead.</translation>
    </message>
    <message>
        <source>The passphrase contains a word that is among the first ones guessed (like &quot;password&quot;): use other words.</source>
        <translation>The passphrase contains a word that is among the first ones guessed (like &quot;password&quot;): use other words.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be used (NUL).</source>
        <translation>The passphrase contains a character that cannot be used (NUL).</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one first with &apos;netpatrol init&apos;.</source>
        <translation>There is no vault at {path}. Create one first with &apos;netpatrol init&apos;.</translation>
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
        <source>The workstation&apos;s settings could not be saved in {path}: the disk is full or cannot be written. They apply until NetPatrol closes.</source>
        <translation>The workstation&apos;s settings could not be saved in {path}: the disk is full or cannot be written. They apply until NetPatrol closes.</translation>
    </message>
    <message>
        <source>The disk of {path} cannot hold a file this large (a USB stick formatted FAT32 takes no file of 4 GiB or more): write it to a disk formatted NTFS or exFAT. Nothing was written.</source>
        <translation>The disk of {path} cannot hold a file this large (a USB stick formatted FAT32 takes no file of 4 GiB or more): write it to a disk formatted NTFS or exFAT. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} is open in another program (a PDF reader, an antivirus scan) or cannot be written: close it and try again, or choose another name. Nothing was written.</source>
        <translation>{path} is open in another program (a PDF reader, an antivirus scan) or cannot be written: close it and try again, or choose another name. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} cannot be a file&apos;s name on this disk: it is too long, holds a character such as : ? * &quot; | (which Windows refuses), or ends in a dot or a space. Choose another name. Nothing was written.</source>
        <translation>{path} cannot be a file&apos;s name on this disk: it is too long, holds a character such as : ? * &quot; | (which Windows refuses), or ends in a dot or a space. Choose another name. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write in it. Nothing was written.</source>
        <translation>{path} is a folder: name the file to write in it. Nothing was written.</translation>
    </message>
    <message>
        <source>NetPatrol&apos;s data folder {folder} is missing: install it from its unpacked folder with &quot;pip install -e .&quot; (see README) and keep that folder.</source>
        <translation>NetPatrol&apos;s data folder {folder} is missing: install it from its unpacked folder with &quot;pip install -e .&quot; (see README) and keep that folder.</translation>
    </message>
    <message>
        <source>A sealed identity can only be revealed with a stated reason and the vault passphrase.</source>
        <translation>A sealed identity can only be revealed with a stated reason and the vault passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. The identity stays sealed, and the attempt is recorded in the audit log.</source>
        <translation>The passphrase is wrong. The identity stays sealed, and the attempt is recorded in the audit log.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. The passphrase was not changed.</source>
        <translation>The current passphrase is wrong. The passphrase was not changed.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Step {step} cannot be done yet: {reason}</source>
        <translation>Step {step} cannot be done yet: {reason}</translation>
    </message>
    <message>
        <source>Step {step} is already done: {reason}</source>
        <translation>Step {step} is already done: {reason}</translation>
    </message>
    <message>
        <source>Step {step} cannot be undone: {reason}</source>
        <translation>Step {step} cannot be undone: {reason}</translation>
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
        <source>Step {step} needs the field “{field}”, one of: {known}.</source>
        <translation>Step {step} needs the field “{field}”, one of: {known}.</translation>
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
        <source>The case number format “{value}” cannot number cases: it needs {{seq}} (the running number), and may use {{roc_year}} (民國 year) and {{year}}, e.g. NP-{{roc_year}}-{{seq:04d}}.</source>
        <translation>The case number format “{value}” cannot number cases: it needs {{seq}} (the running number), and may use {{roc_year}} (民國 year) and {{year}}, e.g. NP-{{roc_year}}-{{seq:04d}}.</translation>
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
        <source>State why the sealed identities must go with this case file.</source>
        <translation>State why the sealed identities must go with this case file.</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} stayed with the unit that handed over this case (its case file did not carry the sealed identities): ask that unit.</source>
        <translation>The identity of {pseudonym} stayed with the unit that handed over this case (its case file did not carry the sealed identities): ask that unit.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. No case file was written, the identities stay sealed, and the attempt is recorded in the audit log.</source>
        <translation>The passphrase is wrong. No case file was written, the identities stay sealed, and the attempt is recorded in the audit log.</translation>
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
        <source>This command writes {kinds}: name the -o file so ({path} is not). Nothing was written.</source>
        <translation>This command writes {kinds}: name the -o file so ({path} is not). Nothing was written.</translation>
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
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Patrol event</source>
        <translation>Patrol event</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artifact</translation>
    </message>
    <message>
        <source>evidence file {id} no longer matches its SHA-256; run &apos;netpatrol verify&apos;</source>
        <translation>evidence file {id} no longer matches its SHA-256; run &apos;netpatrol verify&apos;</translation>
    </message>
    <message>
        <source>truncated: the size is not a whole number of pages</source>
        <translation>truncated: the size is not a whole number of pages</translation>
    </message>
    <message>
        <source>The vault was locked before this was finished; unlock it and try again.</source>
        <translation>The vault was locked before this was finished; unlock it and try again.</translation>
    </message>
    <message>
        <source>a page failed its authentication check</source>
        <translation>a page failed its authentication check</translation>
    </message>
    <message>
        <source>The browser could not complete the capture step {step}: {reason}</source>
        <translation>The browser could not complete the capture step {step}: {reason}</translation>
    </message>
    <message>
        <source>The browser did not answer in time during capture step {step}.</source>
        <translation>The browser did not answer in time during capture step {step}.</translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed; nothing was stored. Reload the page and capture again.</source>
        <translation>The page&apos;s renderer crashed; nothing was stored. Reload the page and capture again.</translation>
    </message>
    <message>
        <source>No valid procedure file was found in {folder}; the checklist cannot be shown.</source>
        <translation>No valid procedure file was found in {folder}; the checklist cannot be shown.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “{value}”.</source>
        <translation>--set takes FIELD=VALUE, not “{value}”.</translation>
    </message>
    <message>
        <source>There is no step “{step}”; &apos;netpatrol steps --case CASE&apos; lists them.</source>
        <translation>There is no step “{step}”; &apos;netpatrol steps --case CASE&apos; lists them.</translation>
    </message>
    <message>
        <source>Site adapter {file}, line {line}: {problem}</source>
        <translation>Site adapter {file}, line {line}: {problem}</translation>
    </message>
    <message>
        <source>A persona needs a name that no other persona in this folder uses.</source>
        <translation>A persona needs a name that no other persona in this folder uses.</translation>
    </message>
    <message>
        <source>Choose a folder for persistent personas first.</source>
        <translation>Choose a folder for persistent personas first.</translation>
    </message>
    <message>
        <source>A step cannot be recorded as done in the future ({at}).</source>
        <translation>A step cannot be recorded as done in the future ({at}).</translation>
    </message>
    <message>
        <source>“{ident}” is no capture or evidence file of this case.</source>
        <translation>“{ident}” is no capture or evidence file of this case.</translation>
    </message>
    <message>
        <source>The page navigated away while it was being captured; nothing was stored. Capture again.</source>
        <translation>The page navigated away while it was being captured; nothing was stored. Capture again.</translation>
    </message>
    <message>
        <source>The tab has no page to capture (nothing loaded, or it failed to load).</source>
        <translation>The tab has no page to capture (nothing loaded, or it failed to load).</translation>
    </message>
    <message>
        <source>No case is chosen in the browser: the download was not kept. Choose a case and download again.</source>
        <translation>No case is chosen in the browser: the download was not kept. Choose a case and download again.</translation>
    </message>
    <message>
        <source>An identifier needs a kind and a value; {detail}</source>
        <translation>An identifier needs a kind and a value; {detail}</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>The screen recording could not be written ({detail}); nothing was stored.</source>
        <translation>The screen recording could not be written ({detail}); nothing was stored.</translation>
    </message>
    <message>
        <source>--alias takes HANDLE=PSEUDONYM, not “{value}”.</source>
        <translation>--alias takes HANDLE=PSEUDONYM, not “{value}”.</translation>
    </message>
    <message>
        <source>Print the log of one patrol (--patrol) or of one day (--day), not both.</source>
        <translation>Print the log of one patrol (--patrol) or of one day (--day), not both.</translation>
    </message>
    <message>
        <source>Capture {capture} holds no chat messages.</source>
        <translation>Capture {capture} holds no chat messages.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Case {case} has no captured address to re-check.</source>
        <translation>Case {case} has no captured address to re-check.</translation>
    </message>
    <message>
        <source>Open the page to capture in the browser first.</source>
        <translation>Open the page to capture in the browser first.</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it to capture evidence.</source>
        <translation>The vault is locked: unlock it to capture evidence.</translation>
    </message>
    <message>
        <source>The tab was closed while it was being captured; nothing was stored.</source>
        <translation>The tab was closed while it was being captured; nothing was stored.</translation>
    </message>
    <message>
        <source>The vault was locked while the capture waited to be stored again; it was not stored. Unlock the vault and capture again.</source>
        <translation>The vault was locked while the capture waited to be stored again; it was not stored. Unlock the vault and capture again.</translation>
    </message>
    <message>
        <source>The capture was not stored: no case was chosen. Capture again and choose a case.</source>
        <translation>The capture was not stored: no case was chosen. Capture again and choose a case.</translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({reason}).</source>
        <translation>The document could not be written to {path} ({reason}).</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>the connection broke off</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the site did not answer in time</source>
        <translation>the site did not answer in time</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>This NetPatrol build has no takedown re-check (Playwright was left out when it was built). Use a build that includes it, or re-check the addresses by hand.</source>
        <translation>This NetPatrol build has no takedown re-check (Playwright was left out when it was built). Use a build that includes it, or re-check the addresses by hand.</translation>
    </message>
    <message>
        <source>The re-check browser could not be started ({reason}). Install Chromium on this workstation.</source>
        <translation>The re-check browser could not be started ({reason}). Install Chromium on this workstation.</translation>
    </message>
    <message>
        <source>There is no persona storage-state file at {path}. Name the file, or re-check without a persona.</source>
        <translation>There is no persona storage-state file at {path}. Name the file, or re-check without a persona.</translation>
    </message>
    <message>
        <source>No chat conversation was found on this page (no scrolling list of messages); nothing was stored. Open the conversation itself, or capture the page as a page.</source>
        <translation>No chat conversation was found on this page (no scrolling list of messages); nothing was stored. Open the conversation itself, or capture the page as a page.</translation>
    </message>
    <message>
        <source>Chat adapter {file}, line {line}: the selector “{selector}” is not valid CSS.</source>
        <translation>Chat adapter {file}, line {line}: the selector “{selector}” is not valid CSS.</translation>
    </message>
    <message>
        <source>The transcript could not be written to {path} ({reason}).</source>
        <translation>The transcript could not be written to {path} ({reason}).</translation>
    </message>
    <message>
        <source>{reason} Nothing was captured.</source>
        <translation>{reason} Nothing was captured.</translation>
    </message>
    <message>
        <source>This case file is protected by a passphrase: set NETPATROL_EXPORT_PASSPHRASE to it.</source>
        <translation>This case file is protected by a passphrase: set NETPATROL_EXPORT_PASSPHRASE to it.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>{path} is not a NetPatrol case file.</source>
        <translation>{path} is not a NetPatrol case file.</translation>
    </message>
    <message>
        <source>This case file was not encrypted to this workstation&apos;s key or the identity file given, or the part of it that carries the key for this workstation was damaged on the way: the two cannot be told apart. Ask the sending unit whether they exported it to your key (&apos;netpatrol keys show&apos;); if they did, ask them for the file again.</source>
        <translation>This case file was not encrypted to this workstation&apos;s key or the identity file given, or the part of it that carries the key for this workstation was damaged on the way: the two cannot be told apart. Ask the sending unit whether they exported it to your key (&apos;netpatrol keys show&apos;); if they did, ask them for the file again.</translation>
    </message>
    <message>
        <source>The case file&apos;s passphrase is wrong, or the file is damaged.</source>
        <translation>The case file&apos;s passphrase is wrong, or the file is damaged.</translation>
    </message>
    <message>
        <source>This case file ({size} MB) was made by an earlier NetPatrol with a passphrase, which is opened in memory, and is too large to open here. Ask the sending unit to export it again.</source>
        <translation>This case file ({size} MB) was made by an earlier NetPatrol with a passphrase, which is opened in memory, and is too large to open here. Ask the sending unit to export it again.</translation>
    </message>
    <message>
        <source>The case file {path} could not be read to the end (a disk or USB stick error): copy it again and retry.</source>
        <translation>The case file {path} could not be read to the end (a disk or USB stick error): copy it again and retry.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a case file.</source>
        <translation>{path} is a folder, not a case file.</translation>
    </message>
    <message>
        <source>The case file {path} could not be read ({reason}).</source>
        <translation>The case file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <source>What was given as the receiving workstation&apos;s key looks like a secret key, which must never leave its workstation: give its workstation key, which starts with age1 (&apos;netpatrol keys show&apos;).</source>
        <translation>What was given as the receiving workstation&apos;s key looks like a secret key, which must never leave its workstation: give its workstation key, which starts with age1 (&apos;netpatrol keys show&apos;).</translation>
    </message>
    <message>
        <source>The case file is damaged or was altered ({detail}): ask the sending unit for it again.</source>
        <translation>The case file is damaged or was altered ({detail}): ask the sending unit for it again.</translation>
    </message>
    <message>
        <source>This case file was made by a newer NetPatrol (case-file format {found}; this version reads {known}): update NetPatrol to receive it.</source>
        <translation>This case file was made by a newer NetPatrol (case-file format {found}; this version reads {known}): update NetPatrol to receive it.</translation>
    </message>
    <message>
        <source>This case (or evidence in it) is already in this vault, as {number}. Nothing was imported.</source>
        <translation>This case (or evidence in it) is already in this vault, as {number}. Nothing was imported.</translation>
    </message>
    <message>
        <source>{recipient} is not a workstation key. The key starts with age1; the receiving workstation shows it under Tools → Workstation keys (or &apos;netpatrol keys show&apos;).</source>
        <translation>{recipient} is not a workstation key. The key starts with age1; the receiving workstation shows it under Tools → Workstation keys (or &apos;netpatrol keys show&apos;).</translation>
    </message>
    <message>
        <source>The identity file {path} cannot be read.</source>
        <translation>The identity file {path} cannot be read.</translation>
    </message>
    <message>
        <source>{path} is not an age identity file.</source>
        <translation>{path} is not an age identity file.</translation>
    </message>
    <message>
        <source>Name the receiving workstation&apos;s key (--recipient) or set NETPATROL_EXPORT_PASSPHRASE: one of the two.</source>
        <translation>Name the receiving workstation&apos;s key (--recipient) or set NETPATROL_EXPORT_PASSPHRASE: one of the two.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>{given} is not a day: write 114/07/08 or 2025-07-08.</source>
        <translation>{given} is not a day: write 114/07/08 or 2025-07-08.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>The period ends ({last}) before it begins ({first}).</translation>
    </message>
    <message>
        <source>--include-sealed needs --reason: why the sealed identities must go with this case file.</source>
        <translation>--include-sealed needs --reason: why the sealed identities must go with this case file.</translation>
    </message>
    <message>
        <source>{path} is not a NetPatrol case file. Whether a document or an evidence file is one this vault produced, unchanged, is what &apos;netpatrol provenance {path}&apos; tells.</source>
        <translation>{path} is not a NetPatrol case file. Whether a document or an evidence file is one this vault produced, unchanged, is what &apos;netpatrol provenance {path}&apos; tells.</translation>
    </message>
    <message>
        <source>There is no group of actions named {name} (there are: {names}).</source>
        <translation>There is no group of actions named {name} (there are: {names}).</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>The file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <source>{count} files could not be read, so none was checked: {files}.</source>
        <translation>{count} files could not be read, so none was checked: {files}.</translation>
    </message>
    <message>
        <source>{path} ({reason})</source>
        <translation>{path} ({reason})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>no permission to read it</translation>
    </message>
    <message>
        <source>{typed} is not a chain head as pages print it: write the entry number, a colon and at least the first 8 characters of the hash (576:b2283c1e).</source>
        <translation>{typed} is not a chain head as pages print it: write the entry number, a colon and at least the first 8 characters of the hash (576:b2283c1e).</translation>
    </message>
    <message>
        <source>Name a file to check, or a page&apos;s chain head with --head.</source>
        <translation>Name a file to check, or a page&apos;s chain head with --head.</translation>
    </message>
    <message>
        <source>This case file does not agree with case {number} as this vault holds it ({detail}).</source>
        <translation>This case file does not agree with case {number} as this vault holds it ({detail}).</translation>
    </message>
    <message>
        <source>Case {number} came back signed by a key never seen for this case, fingerprint {fingerprint}: if the sending unit confirms by phone or on paper that this is their key, import it again with --accept-signer &quot;{fingerprint}&quot;; nothing was imported.</source>
        <translation>Case {number} came back signed by a key never seen for this case, fingerprint {fingerprint}: if the sending unit confirms by phone or on paper that this is their key, import it again with --accept-signer &quot;{fingerprint}&quot;; nothing was imported.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (http:// or https://).</source>
        <translation>“{url}” is not a web address (http:// or https://).</translation>
    </message>
    <message>
        <source>{path} is a file of the vault itself: name another file to write. Nothing was written.</source>
        <translation>{path} is a file of the vault itself: name another file to write. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} already exists: name another file, or add --force to replace it. Nothing was written.</source>
        <translation>{path} already exists: name another file, or add --force to replace it. Nothing was written.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or name a file in a folder that exists. Nothing was written.</source>
        <translation>The folder {folder} does not exist: create it first, or name a file in a folder that exists. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} was written but could not be recorded in the vault&apos;s audit log, nor removed: delete it and do not hand it over, then try again.</source>
        <translation>{path} was written but could not be recorded in the vault&apos;s audit log, nor removed: delete it and do not hand it over, then try again.</translation>
    </message>
    <message>
        <source>The backup written to {path} did not read back whole (the disk or stick may be failing), so it was not kept. The vault itself is unchanged.</source>
        <translation>The backup written to {path} did not read back whole (the disk or stick may be failing), so it was not kept. The vault itself is unchanged.</translation>
    </message>
</context>
<context>
    <name>evidence_check</name>
    <message>
        <source>Poster&apos;s account name and ID</source>
        <translation>Poster&apos;s account name and ID</translation>
    </message>
    <message>
        <source>No account name or ID was found on the page: add it by hand from the image.</source>
        <translation>No account name or ID was found on the page: add it by hand from the image.</translation>
    </message>
    <message>
        <source>Poster&apos;s IP address (where the site shows it)</source>
        <translation>Poster&apos;s IP address (where the site shows it)</translation>
    </message>
    <message>
        <source>This site shows the poster&apos;s IP, but none was found: check the 發信站 line.</source>
        <translation>This site shows the poster&apos;s IP, but none was found: check the 發信站 line.</translation>
    </message>
    <message>
        <source>This site does not show posters&apos; IP addresses.</source>
        <translation>This site does not show posters&apos; IP addresses.</translation>
    </message>
    <message>
        <source>The content and its full URL</source>
        <translation>The content and its full URL</translation>
    </message>
    <message>
        <source>The URL is missing.</source>
        <translation>The URL is missing.</translation>
    </message>
    <message>
        <source>The page&apos;s content was not saved.</source>
        <translation>The page&apos;s content was not saved.</translation>
    </message>
    <message>
        <source>Full-page image, not a partial one</source>
        <translation>Full-page image, not a partial one</translation>
    </message>
    <message>
        <source>A chat capture keeps every message and the screen as seen; for a full-page image capture the page as well.</source>
        <translation>A chat capture keeps every message and the screen as seen; for a full-page image capture the page as well.</translation>
    </message>
    <message>
        <source>Burst and recording captures hold what was on screen; capture the page as well.</source>
        <translation>Burst and recording captures hold what was on screen; capture the page as well.</translation>
    </message>
    <message>
        <source>1 tile, whole page.</source>
        <translation>1 tile, whole page.</translation>
    </message>
    <message>
        <source>{count} tiles, whole page.</source>
        <translation>{count} tiles, whole page.</translation>
    </message>
    <message>
        <source>1 frame or video captured.</source>
        <translation>1 frame or video captured.</translation>
    </message>
    <message>
        <source>{count} frames or videos captured.</source>
        <translation>{count} frames or videos captured.</translation>
    </message>
    <message>
        <source>1 file in the encrypted vault, with its SHA-256.</source>
        <translation>1 file in the encrypted vault, with its SHA-256.</translation>
    </message>
    <message>
        <source>{count} files in the encrypted vault, each with its SHA-256.</source>
        <translation>{count} files in the encrypted vault, each with its SHA-256.</translation>
    </message>
    <message>
        <source>There is no full-page image.</source>
        <translation>There is no full-page image.</translation>
    </message>
    <message>
        <source>Ephemeral content captured at once</source>
        <translation>Ephemeral content captured at once</translation>
    </message>
    <message>
        <source>For stories and one-time views use burst mode or recording.</source>
        <translation>For stories and one-time views use burst mode or recording.</translation>
    </message>
    <message>
        <source>Electronic records kept safely</source>
        <translation>Electronic records kept safely</translation>
    </message>
    <message>
        <source>The capture is not stored in the encrypted vault yet.</source>
        <translation>The capture is not stored in the encrypted vault yet.</translation>
    </message>
    <message>
        <source>Some files in the vault do not match what was captured.</source>
        <translation>Some files in the vault do not match what was captured.</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>Received from {unit} (their case number {number}) on {date}.</source>
        <translation>Received from {unit} (their case number {number}) on {date}.</translation>
    </message>
    <message>
        <source>{name} is out of place</source>
        <translation>{name} is out of place</translation>
    </message>
    <message>
        <source>it holds {name}, which its signed manifest does not list</source>
        <translation>it holds {name}, which its signed manifest does not list</translation>
    </message>
    <message>
        <source>{name} has {size} bytes; the manifest says {expected}</source>
        <translation>{name} has {size} bytes; the manifest says {expected}</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>it changed while it was being read</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>its manifest is unreadable</translation>
    </message>
    <message>
        <source>its manifest is of another kind or version</source>
        <translation>its manifest is of another kind or version</translation>
    </message>
    <message>
        <source>its signature does not match its manifest</source>
        <translation>its signature does not match its manifest</translation>
    </message>
    <message>
        <source>its signed manifest is malformed at {field}</source>
        <translation>its signed manifest is malformed at {field}</translation>
    </message>
    <message>
        <source>the sealed identity {id} does not match its SHA-256 in the manifest</source>
        <translation>the sealed identity {id} does not match its SHA-256 in the manifest</translation>
    </message>
    <message>
        <source>evidence file {id} does not match its SHA-256 in the manifest</source>
        <translation>evidence file {id} does not match its SHA-256 in the manifest</translation>
    </message>
    <message>
        <source>it ends before its signature</source>
        <translation>it ends before its signature</translation>
    </message>
    <message>
        <source>evidence file {id} is missing</source>
        <translation>evidence file {id} is missing</translation>
    </message>
    <message>
        <source>the sealed identity {id} is missing</source>
        <translation>the sealed identity {id} is missing</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>it ends early</translation>
    </message>
    <message>
        <source>its parts are not a case file&apos;s</source>
        <translation>its parts are not a case file&apos;s</translation>
    </message>
    <message>
        <source>its passphrase-protected key is not readable</source>
        <translation>its passphrase-protected key is not readable</translation>
    </message>
    <message>
        <source>its contents are not a case file&apos;s</source>
        <translation>its contents are not a case file&apos;s</translation>
    </message>
    <message>
        <source>its encryption does not check out</source>
        <translation>its encryption does not check out</translation>
    </message>
    <message>
        <source>Case {number} was already here (it came back): added {captures}, {files}, {people}, {identifiers} and {steps}; what was here is unchanged.</source>
        <translation>Case {number} was already here (it came back): added {captures}, {files}, {people}, {identifiers} and {steps}; what was here is unchanged.</translation>
    </message>
    <message>
        <source>1 capture</source>
        <translation>1 capture</translation>
    </message>
    <message>
        <source>{count} captures</source>
        <translation>{count} captures</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>1 identifier</source>
        <translation>1 identifier</translation>
    </message>
    <message>
        <source>{count} identifiers</source>
        <translation>{count} identifiers</translation>
    </message>
    <message>
        <source>1 step record</source>
        <translation>1 step record</translation>
    </message>
    <message>
        <source>{count} step records</source>
        <translation>{count} step records</translation>
    </message>
    <message>
        <source>Sealed identities sealed in this vault: {sealed}; they are read only through a reveal. Left as they were, because this vault already holds them: {kept}.</source>
        <translation>Sealed identities sealed in this vault: {sealed}; they are read only through a reveal. Left as they were, because this vault already holds them: {kept}.</translation>
    </message>
    <message>
        <source>The other unit&apos;s file undoes {count} of this unit&apos;s own steps ({steps}); they were not undone here and stay as this unit recorded them: an officer here may undo them if that is right.</source>
        <translation>The other unit&apos;s file undoes {count} of this unit&apos;s own steps ({steps}); they were not undone here and stay as this unit recorded them: an officer here may undo them if that is right.</translation>
    </message>
    <message>
        <source>The other unit&apos;s file ticks again {count} of this unit&apos;s own steps ({steps}); those records were not applied: the steps, and the deadlines they start or stop, stay as this unit recorded them.</source>
        <translation>The other unit&apos;s file ticks again {count} of this unit&apos;s own steps ({steps}); those records were not applied: the steps, and the deadlines they start or stop, stay as this unit recorded them.</translation>
    </message>
    <message>
        <source>Step records made at the other unit bear the name of {names}, which is also the name of an officer of this unit: they are the other unit&apos;s records; if that officer did not work there, ask the sending unit.</source>
        <translation>Step records made at the other unit bear the name of {names}, which is also the name of an officer of this unit: they are the other unit&apos;s records; if that officer did not work there, ask the sending unit.</translation>
    </message>
    <message>
        <source>1 step record of the case file is for a step this workstation&apos;s procedure does not have ({steps}): it is kept as the other unit recorded it, but ticks nothing here and starts no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</source>
        <translation>1 step record of the case file is for a step this workstation&apos;s procedure does not have ({steps}): it is kept as the other unit recorded it, but ticks nothing here and starts no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</translation>
    </message>
    <message>
        <source>{count} step records of the case file are for steps this workstation&apos;s procedure does not have ({steps}): they are kept as the other unit recorded them, but tick nothing here and start no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</source>
        <translation>{count} step records of the case file are for steps this workstation&apos;s procedure does not have ({steps}): they are kept as the other unit recorded them, but tick nothing here and start no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</translation>
    </message>
    <message>
        <source>{ident} is in another case here</source>
        <translation>{ident} is in another case here</translation>
    </message>
    <message>
        <source>evidence file {ident} has another SHA-256 here</source>
        <translation>evidence file {ident} has another SHA-256 here</translation>
    </message>
    <message>
        <source>capture {ident} is recorded differently here</source>
        <translation>capture {ident} is recorded differently here</translation>
    </message>
    <message>
        <source>it adds evidence file {ident} to capture {capture}, which was stored here and is closed</source>
        <translation>it adds evidence file {ident} to capture {capture}, which was stored here and is closed</translation>
    </message>
    <message>
        <source>{pseudonym} is another person here</source>
        <translation>{pseudonym} is another person here</translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Post ID</translation>
    </message>
    <message>
        <source>Post time</source>
        <translation>Post time</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Other IP address</source>
        <translation>Other IP address</translation>
    </message>
    <message>
        <source>Poster&apos;s IP address</source>
        <translation>Poster&apos;s IP address</translation>
    </message>
    <message>
        <source>text line {line}</source>
        <translation>text line {line}</translation>
    </message>
    <message>
        <source>site adapter {adapter}: {where}</source>
        <translation>site adapter {adapter}: {where}</translation>
    </message>
    <message>
        <source>corrected by the officer (was: {source})</source>
        <translation>corrected by the officer (was: {source})</translation>
    </message>
    <message>
        <source>entered by the officer</source>
        <translation>entered by the officer</translation>
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
    <name>net</name>
    <message>
        <source>No server answers to this name: check the address; the site may no longer exist.</source>
        <translation>No server answers to this name: check the address; the site may no longer exist.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>The site did not answer in time.</translation>
    </message>
    <message>
        <source>The connection broke off before the page arrived.</source>
        <translation>The connection broke off before the page arrived.</translation>
    </message>
    <message>
        <source>This workstation is not connected to the internet.</source>
        <translation>This workstation is not connected to the internet.</translation>
    </message>
    <message>
        <source>The site refused the connection.</source>
        <translation>The site refused the connection.</translation>
    </message>
    <message>
        <source>The site&apos;s address cannot be reached from this network.</source>
        <translation>The site&apos;s address cannot be reached from this network.</translation>
    </message>
    <message>
        <source>The site closed the connection without sending a page.</source>
        <translation>The site closed the connection without sending a page.</translation>
    </message>
    <message>
        <source>Browsers do not connect to this port: the address is probably wrong.</source>
        <translation>Browsers do not connect to this port: the address is probably wrong.</translation>
    </message>
    <message>
        <source>The proxy server could not be reached.</source>
        <translation>The proxy server could not be reached.</translation>
    </message>
    <message>
        <source>The network changed while the page was loading: try again.</source>
        <translation>The network changed while the page was loading: try again.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>The address is not valid.</translation>
    </message>
    <message>
        <source>The page could not be loaded.</source>
        <translation>The page could not be loaded.</translation>
    </message>
    <message>
        <source>{sentence} ({technical})</source>
        <translation>{sentence} ({technical})</translation>
    </message>
    <message>
        <source>The site answered HTTP {status}: the page shown is the site&apos;s own error page.</source>
        <translation>The site answered HTTP {status}: the page shown is the site&apos;s own error page.</translation>
    </message>
</context>
<context>
    <name>patrol</name>
    <message>
        <source>Patrol started</source>
        <translation>Patrol started</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Downloaded into the vault</source>
        <translation>Downloaded into the vault</translation>
    </message>
    <message>
        <source>Proceeded despite TLS error</source>
        <translation>Proceeded despite TLS error</translation>
    </message>
    <message>
        <source>Paused: the vault was locked</source>
        <translation>Paused: the vault was locked</translation>
    </message>
    <message>
        <source>Resumed: the vault was unlocked</source>
        <translation>Resumed: the vault was unlocked</translation>
    </message>
    <message>
        <source>Patrol ended</source>
        <translation>Patrol ended</translation>
    </message>
    <message>
        <source>Closed after the application ended unexpectedly</source>
        <translation>Closed after the application ended unexpectedly</translation>
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
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <source>Off the record</source>
        <translation>Off the record</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>{where} must be an object {{…}}.</source>
        <translation>{where} must be an object {{…}}.</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in {where} (allowed: {allowed}).</source>
        <translation>unknown key &quot;{key}&quot; in {where} (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>{where} lacks the required key &quot;{key}&quot;.</source>
        <translation>{where} lacks the required key &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text.</source>
        <translation>{where} must be a non-empty text.</translation>
    </message>
    <message>
        <source>{where} has the malformed value &quot;{value}&quot;.</source>
        <translation>{where} has the malformed value &quot;{value}&quot;.</translation>
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
        <source>{where} must be an object {{&quot;zh_TW&quot;: …, &quot;en&quot;: …}} (or a text in Chinese).</source>
        <translation>{where} must be an object {{&quot;zh_TW&quot;: …, &quot;en&quot;: …}} (or a text in Chinese).</translation>
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
        <source>field type &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>field type &quot;{value}&quot; is unknown (known: {known}).</translation>
    </message>
    <message>
        <source>a field has choices if and only if its type is &quot;choice&quot;.</source>
        <translation>a field has choices if and only if its type is &quot;choice&quot;.</translation>
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
        <source>gate &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>gate &quot;{value}&quot; is unknown (known: {known}).</translation>
    </message>
    <message>
        <source>clock kind &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>clock kind &quot;{value}&quot; is unknown (known: {known}).</translation>
    </message>
    <message>
        <source>a retention period is given in days only.</source>
        <translation>a retention period is given in days only.</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; names the unknown section &quot;{value}&quot;.</source>
        <translation>step &quot;{step}&quot; names the unknown section &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; requires the unknown step &quot;{value}&quot;.</source>
        <translation>step &quot;{step}&quot; requires the unknown step &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; starts the unknown clock &quot;{value}&quot;.</source>
        <translation>step &quot;{step}&quot; starts the unknown clock &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>section &quot;{value}&quot; has no steps.</source>
        <translation>section &quot;{value}&quot; has no steps.</translation>
    </message>
    <message>
        <source>the closing step &quot;{value}&quot; is not a step of this procedure.</source>
        <translation>the closing step &quot;{value}&quot; is not a step of this procedure.</translation>
    </message>
    <message>
        <source>the id &quot;{value}&quot; is used twice.</source>
        <translation>the id &quot;{value}&quot; is used twice.</translation>
    </message>
    <message>
        <source>clock &quot;{clock}&quot; must be started by exactly one step (found {count}).</source>
        <translation>clock &quot;{clock}&quot; must be started by exactly one step (found {count}).</translation>
    </message>
    <message>
        <source>clock &quot;{clock}&quot; is stopped by the unknown step &quot;{value}&quot;.</source>
        <translation>clock &quot;{clock}&quot; is stopped by the unknown step &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>a clock&apos;s condition cannot depend on another clock.</source>
        <translation>a clock&apos;s condition cannot depend on another clock.</translation>
    </message>
    <message>
        <source>the condition names the unknown clock &quot;{value}&quot;.</source>
        <translation>the condition names the unknown clock &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>the condition names &quot;{value}&quot;, which no step records as a fact.</source>
        <translation>the condition names &quot;{value}&quot;, which no step records as a fact.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a possible value of {fact} (possible: {allowed}).</source>
        <translation>&quot;{value}&quot; is not a possible value of {fact} (possible: {allowed}).</translation>
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
    <name>provenance</name>
    <message>
        <source>Not a file this vault issued, sent, received or holds as evidence: no record carries its SHA-256. A copy changed in a single byte reads the same.</source>
        <translation>Not a file this vault issued, sent, received or holds as evidence: no record carries its SHA-256. A copy changed in a single byte reads the same.</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>no case</translation>
    </message>
    <message>
        <source>Issued by this vault on {time} by {officer}: {document} ({case}), saved as {file} (audit entry #{seq}).</source>
        <translation>Issued by this vault on {time} by {officer}: {document} ({case}), saved as {file} (audit entry #{seq}).</translation>
    </message>
    <message>
        <source>The text of {document} ({case}), copied on {time} by {officer} (audit entry #{seq}).</source>
        <translation>The text of {document} ({case}), copied on {time} by {officer} (audit entry #{seq}).</translation>
    </message>
    <message>
        <source>Written out of this vault on {time} by {officer} as {file} ({case}, audit entry #{seq}).</source>
        <translation>Written out of this vault on {time} by {officer} as {file} ({case}, audit entry #{seq}).</translation>
    </message>
    <message>
        <source>The case file of {case} that this vault sent on {time} ({officer}), written as {file} (audit entry #{seq}).</source>
        <translation>The case file of {case} that this vault sent on {time} ({officer}), written as {file} (audit entry #{seq}).</translation>
    </message>
    <message>
        <source>The case file this vault received on {time} ({officer}) for {case}, which was already here: what it added was imported (audit entry #{seq}).</source>
        <translation>The case file this vault received on {time} ({officer}) for {case}, which was already here: what it added was imported (audit entry #{seq}).</translation>
    </message>
    <message>
        <source>The case file this vault received on {time} ({officer}) and imported as {case} (audit entry #{seq}).</source>
        <translation>The case file this vault received on {time} ({officer}) and imported as {case} (audit entry #{seq}).</translation>
    </message>
    <message>
        <source>Evidence file {artifact} of {case} ({kind}, {name}, {size:,} bytes), hashed when acquired on {time}: these are its bytes.</source>
        <translation>Evidence file {artifact} of {case} ({kind}, {name}, {size:,} bytes), hashed when acquired on {time}: these are its bytes.</translation>
    </message>
    <message>
        <source>This vault&apos;s chain ends at entry #{last}: the page was not printed from this vault, or its head was misread.</source>
        <translation>This vault&apos;s chain ends at entry #{last}: the page was not printed from this vault, or its head was misread.</translation>
    </message>
    <message>
        <source>Entry #{seq} of this vault&apos;s chain begins with {found}, not {typed}: the page was not printed from this vault, or its head was misread.</source>
        <translation>Entry #{seq} of this vault&apos;s chain begins with {found}, not {typed}: the page was not printed from this vault, or its head was misread.</translation>
    </message>
    <message>
        <source>Entry #{seq} of this vault&apos;s chain begins with {typed}: the page was printed from this vault.</source>
        <translation>Entry #{seq} of this vault&apos;s chain begins with {typed}: the page was printed from this vault.</translation>
    </message>
    <message>
        <source>No document issued right after that entry is recorded.</source>
        <translation>No document issued right after that entry is recorded.</translation>
    </message>
    <message>
        <source>It belongs to {document} ({case}), issued on {time} by {officer} and saved as {file} (audit entry #{issued}); the file&apos;s SHA-256 was {sha256}.</source>
        <translation>It belongs to {document} ({case}), issued on {time} by {officer} and saved as {file} (audit entry #{issued}); the file&apos;s SHA-256 was {sha256}.</translation>
    </message>
</context>
<context>
    <name>pseudonyms</name>
    <message>
        <source>Reporter {label}</source>
        <translation>Reporter {label}</translation>
    </message>
    <message>
        <source>Informant {label}</source>
        <translation>Informant {label}</translation>
    </message>
    <message>
        <source>Victim {label}</source>
        <translation>Victim {label}</translation>
    </message>
    <message>
        <source>Suspect {label}</source>
        <translation>Suspect {label}</translation>
    </message>
    <message>
        <source>Witness {label}</source>
        <translation>Witness {label}</translation>
    </message>
</context>
<context>
    <name>recheck</name>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>still online</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>login wall: {rest}</source>
        <translation>login wall: {rest}</translation>
    </message>
    <message>
        <source>could not be opened: {rest}</source>
        <translation>could not be opened: {rest}</translation>
    </message>
    <message>
        <source>HTTP status {rest}</source>
        <translation>HTTP status {rest}</translation>
    </message>
    <message>
        <source>final address matches {rest}</source>
        <translation>final address matches {rest}</translation>
    </message>
    <message>
        <source>page text matches {rest}</source>
        <translation>page text matches {rest}</translation>
    </message>
    <message>
        <source>the file needs &quot;platforms&quot; with a &quot;default&quot; entry.</source>
        <translation>the file needs &quot;platforms&quot; with a &quot;default&quot; entry.</translation>
    </message>
    <message>
        <source>each platform must be an object.</source>
        <translation>each platform must be an object.</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;.</source>
        <translation>unknown key &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must be a list of host names.</source>
        <translation>&quot;hosts&quot; must be a list of host names.</translation>
    </message>
    <message>
        <source>rules may only have &quot;status&quot;, &quot;final_url&quot; and &quot;text&quot;.</source>
        <translation>rules may only have &quot;status&quot;, &quot;final_url&quot; and &quot;text&quot;.</translation>
    </message>
    <message>
        <source>&quot;status&quot; must list HTTP status codes.</source>
        <translation>&quot;status&quot; must list HTTP status codes.</translation>
    </message>
    <message>
        <source>expected a list of regular expressions.</source>
        <translation>expected a list of regular expressions.</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;{pattern}&quot;: {error}</source>
        <translation>invalid regular expression &quot;{pattern}&quot;: {error}</translation>
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
        <source>Platform notice fields</source>
        <translation>Platform notice fields</translation>
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
        <source>Chat transcript</source>
        <translation>Chat transcript</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artifact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Acquired at</source>
        <translation>Acquired at</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Entry hash</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLETE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Evidence files, checked when printed</source>
        <translation>Evidence files, checked when printed</translation>
    </message>
    <message>
        <source>Audit chain, checked when printed</source>
        <translation>Audit chain, checked when printed</translation>
    </message>
    <message>
        <source>Case files signed by the key (fingerprint)</source>
        <translation>Case files signed by the key (fingerprint)</translation>
    </message>
    <message>
        <source>Case file SHA-256</source>
        <translation>Case file SHA-256</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>{file} (entry #{seq}, {time}, {officer})</source>
        <translation>{file} (entry #{seq}, {time}, {officer})</translation>
    </message>
    <message>
        <source>5. Case files</source>
        <translation>5. Case files</translation>
    </message>
    <message>
        <source>Case files made of this case on this workstation. They can be checked without NetPatrol: the SHA-256 of the file as received (sha256sum) must equal the one below; once it is opened (age, tar), its manifest.json must have the manifest SHA-256 below and must have been signed by the key whose fingerprint is printed above. The manifest&apos;s README says how, in Chinese and English.</source>
        <translation>Case files made of this case on this workstation. They can be checked without NetPatrol: the SHA-256 of the file as received (sha256sum) must equal the one below; once it is opened (age, tar), its manifest.json must have the manifest SHA-256 below and must have been signed by the key whose fingerprint is printed above. The manifest&apos;s README says how, in Chinese and English.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Unit / officer</source>
        <translation>Unit / officer</translation>
    </message>
    <message>
        <source>Captures / artifacts</source>
        <translation>Captures / artifacts</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Audit chain head</translation>
    </message>
    <message>
        <source>Every artifact was hashed with SHA-256 when acquired. Anyone can re-check a file: its SHA-256 must equal the value printed here. The custody log is the case&apos;s part of the vault&apos;s hash-chained audit log; &apos;netpatrol verify&apos; checks the whole chain.</source>
        <translation>Every artifact was hashed with SHA-256 when acquired. Anyone can re-check a file: its SHA-256 must equal the value printed here. The custody log is the case&apos;s part of the vault&apos;s hash-chained audit log; &apos;netpatrol verify&apos; checks the whole chain.</translation>
    </message>
    <message>
        <source>1. Captures</source>
        <translation>1. Captures</translation>
    </message>
    <message>
        <source>2. Artifacts and SHA-256</source>
        <translation>2. Artifacts and SHA-256</translation>
    </message>
    <message>
        <source>3. Identifiers found</source>
        <translation>3. Identifiers found</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>4. Custody log</source>
        <translation>4. Custody log</translation>
    </message>
    <message>
        <source>No sealed identity (reporter, informant, victim) is part of this list; people appear only by pseudonym.</source>
        <translation>No sealed identity (reporter, informant, victim) is part of this list; people appear only by pseudonym.</translation>
    </message>
    <message>
        <source>Evidence list and custody log</source>
        <translation>Evidence list and custody log</translation>
    </message>
    <message>
        <source>[{number}] {title}</source>
        <translation>[{number}] {title}</translation>
    </message>
    <message>
        <source>Transfer note to the precinct family-protection officer</source>
        <translation>Transfer note to the precinct family-protection officer</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <source>Officer phone</source>
        <translation>Officer phone</translation>
    </message>
    <message>
        <source>Officer e-mail</source>
        <translation>Officer e-mail</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>Prepared at</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Complete URL</source>
        <translation>Complete URL</translation>
    </message>
    <message>
        <source>WARNING: this case has no capture yet. Capture the content before any takedown request (guideline 陸.二(二)).</source>
        <translation>WARNING: this case has no capture yet. Capture the content before any takedown request (guideline 陸.二(二)).</translation>
    </message>
    <message>
        <source>WARNING: captures {ids} are marked incomplete. A takedown may destroy the data still missing (guideline 陸.二(二)).</source>
        <translation>WARNING: captures {ids} are marked incomplete. A takedown may destroy the data still missing (guideline 陸.二(二)).</translation>
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
        <source>The identities of reporters, informants and victims are sealed (Child and Youth Sexual Exploitation Prevention Act Art. 7; Enforcement Rules §2) and are not part of this document; the officer in charge provides them through official channels when the law requires.</source>
        <translation>The identities of reporters, informants and victims are sealed (Child and Youth Sexual Exploitation Prevention Act Art. 7; Enforcement Rules §2) and are not part of this document; the officer in charge provides them through official channels when the law requires.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Please refer the following online content to iWIN and, where it is a sexual image of a child or youth, to the Sexual Image Abuse Response Center (性影像處理中心) for removal (guideline 陸.二(一)).</source>
        <translation>Please refer the following online content to iWIN and, where it is a sexual image of a child or youth, to the Sexual Image Abuse Response Center (性影像處理中心) for removal (guideline 陸.二(一)).</translation>
    </message>
    <message>
        <source>1. Reason (事由)</source>
        <translation>1. Reason (事由)</translation>
    </message>
    <message>
        <source>2. Complete URLs of the content</source>
        <translation>2. Complete URLs of the content</translation>
    </message>
    <message>
        <source>3. Evidence (事證)</source>
        <translation>3. Evidence (事證)</translation>
    </message>
    <message>
        <source>4. Referral bodies</source>
        <translation>4. Referral bodies</translation>
    </message>
    <message>
        <source>iWIN</source>
        <translation>iWIN</translation>
    </message>
    <message>
        <source>Sexual Image Abuse Response Center</source>
        <translation>Sexual Image Abuse Response Center</translation>
    </message>
    <message>
        <source>5. Reported by</source>
        <translation>5. Reported by</translation>
    </message>
    <message>
        <source>Contact: {blank}</source>
        <translation>Contact: {blank}</translation>
    </message>
    <message>
        <source>Platform notice fields (Sexual Assault Crime Prevention Act Art. 13)</source>
        <translation>Platform notice fields (Sexual Assault Crime Prevention Act Art. 13)</translation>
    </message>
    <message>
        <source>This case has no capture of any content: the notice has no item to list.</source>
        <translation>This case has no capture of any content: the notice has no item to list.</translation>
    </message>
    <message>
        <source>Item {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>Remove or restrict by</source>
        <translation>Remove or restrict by</translation>
    </message>
    <message>
        <source>Retention starts</source>
        <translation>Retention starts</translation>
    </message>
    <message>
        <source>Retention ends (at the earliest)</source>
        <translation>Retention ends (at the earliest)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation found on online patrol.</source>
        <translation>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation found on online patrol.</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, reported to us by a member of the public.</source>
        <translation>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, reported to us by a member of the public.</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, referred to us by another unit.</source>
        <translation>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, referred to us by another unit.</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet.</source>
        <translation>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet.</translation>
    </message>
    <message>
        <source>Fields for the written notice to the platform: restrict access to or remove the content within {hours} hours and retain the related data for at least {days} days ({basis}).</source>
        <translation>Fields for the written notice to the platform: restrict access to or remove the content within {hours} hours and retain the related data for at least {days} days ({basis}).</translation>
    </message>
    <message>
        <source>legal basis: {basis}</source>
        <translation>legal basis: {basis}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>URL of the image or content</source>
        <translation>URL of the image or content</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Site URL</translation>
    </message>
    <message>
        <source>Poster account or IP</source>
        <translation>Poster account or IP</translation>
    </message>
    <message>
        <source>Notifying agency and contact</source>
        <translation>Notifying agency and contact</translation>
    </message>
    <message>
        <source>Evidence capture</source>
        <translation>Evidence capture</translation>
    </message>
    <message>
        <source>{capture} at {time}</source>
        <translation>{capture} at {time}</translation>
    </message>
    <message>
        <source>1. Case</source>
        <translation>1. Case</translation>
    </message>
    <message>
        <source>Please assess the content and, where it is a sexual image of a child or youth, order the platform to restrict or remove it within {hours} hours and retain the data for {days} days (Art. 8); arrange a social worker for questioning of minor victims (Art. 9) and protective services.</source>
        <translation>Please assess the content and, where it is a sexual image of a child or youth, order the platform to restrict or remove it within {hours} hours and retain the data for {days} days (Art. 8); arrange a social worker for questioning of minor victims (Art. 9) and protective services.</translation>
    </message>
    <message>
        <source>Report due by ({hours} hours)</source>
        <translation>Report due by ({hours} hours)</translation>
    </message>
    <message>
        <source>access restricted (counts as removed)</source>
        <translation>access restricted (counts as removed)</translation>
    </message>
    <message>
        <source>Report due by</source>
        <translation>Report due by</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Known since</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>One address captured, complete: evidence was secured before this request (guideline 陸.二(二)).</source>
        <translation>One address captured, complete: evidence was secured before this request (guideline 陸.二(二)).</translation>
    </message>
    <message>
        <source>Addresses captured: {count}, each complete: evidence was secured before this request (guideline 陸.二(二)).</source>
        <translation>Addresses captured: {count}, each complete: evidence was secured before this request (guideline 陸.二(二)).</translation>
    </message>
    <message>
        <source>Summary (事由)</source>
        <translation>Summary (事由)</translation>
    </message>
    <message>
        <source>Victims (pseudonyms)</source>
        <translation>Victims (pseudonyms)</translation>
    </message>
    <message>
        <source>2. People (pseudonyms only)</source>
        <translation>2. People (pseudonyms only)</translation>
    </message>
    <message>
        <source>3. Content</source>
        <translation>3. Content</translation>
    </message>
    <message>
        <source>4. Requested</source>
        <translation>4. Requested</translation>
    </message>
    <message>
        <source>1. Domains</source>
        <translation>1. Domains</translation>
    </message>
    <message>
        <source>2. Content URLs</source>
        <translation>2. Content URLs</translation>
    </message>
    <message>
        <source>3. Re-checks showing the content still online</source>
        <translation>3. Re-checks showing the content still online</translation>
    </message>
    <message>
        <source>3. Re-checks (none shows the content still online)</source>
        <translation>3. Re-checks (none shows the content still online)</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>4. Evidence</translation>
    </message>
    <message>
        <source>5. Requested by</source>
        <translation>5. Requested by</translation>
    </message>
    <message>
        <source>This case has no capture of any content and no re-check: there is nothing to list, and no domain to ask to be blocked.</source>
        <translation>This case has no capture of any content and no re-check: there is nothing to list, and no domain to ask to be blocked.</translation>
    </message>
    <message>
        <source>The content below was not removed or restricted by the deadline stated under it. We ask the social authority to request TWNIC to have its members stop resolving the domain (DNS RPZ) (guideline 伍.二). The police do not apply to TWNIC themselves; we supply the evidence.</source>
        <translation>The content below was not removed or restricted by the deadline stated under it. We ask the social authority to request TWNIC to have its members stop resolving the domain (DNS RPZ) (guideline 伍.二). The police do not apply to TWNIC themselves; we supply the evidence.</translation>
    </message>
    <message>
        <source>Order served on the platform</source>
        <translation>Order served on the platform</translation>
    </message>
    <message>
        <source>Remove or restrict by ({hours} hours)</source>
        <translation>Remove or restrict by ({hours} hours)</translation>
    </message>
    <message>
        <source>Deadline status</source>
        <translation>Deadline status</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>still online</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>This case under the Child and Youth Sexual Exploitation Prevention Act is being transferred; as the guideline requires (肆.二(三)), the precinct family-protection officer (家防官) is notified and receives the case file for checking.</source>
        <translation>This case under the Child and Youth Sexual Exploitation Prevention Act is being transferred; as the guideline requires (肆.二(三)), the precinct family-protection officer (家防官) is notified and receives the case file for checking.</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>3. Procedure steps recorded</source>
        <translation>3. Procedure steps recorded</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>4. Enclosed</source>
        <translation>4. Enclosed</translation>
    </message>
    <message>
        <source>Evidence list and custody log (with the SHA-256 of every artifact); the encrypted case file.</source>
        <translation>Evidence list and custody log (with the SHA-256 of every artifact); the encrypted case file.</translation>
    </message>
    <message>
        <source>5. From</source>
        <translation>5. From</translation>
    </message>
    <message>
        <source>Family-protection officer (家防官), Prevention Section of the precinct</source>
        <translation>Family-protection officer (家防官), Prevention Section of the precinct</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>Investigation not public (偵查不公開): never disclose a victim&apos;s, minor&apos;s, reporter&apos;s or informant&apos;s identity.</source>
        <translation>Investigation not public (偵查不公開): never disclose a victim&apos;s, minor&apos;s, reporter&apos;s or informant&apos;s identity.</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Audit chain head:</source>
        <translation>Audit chain head:</translation>
    </message>
    <message>
        <source>To: {agency}</source>
        <translation>To: {agency}</translation>
    </message>
    <message>
        <source>Duty date: {date}    Printed on: {printed}</source>
        <translation>Duty date: {date}    Printed on: {printed}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Case number: {number}    Date: {date}</source>
        <translation>Case number: {number}    Date: {date}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Audit chain head: {head}</source>
        <translation>Audit chain head: {head}</translation>
    </message>
    <message>
        <source>{words} ({recorded})</source>
        <translation>{words} ({recorded})</translation>
    </message>
    <message>
        <source> | </source>
        <translation> | </translation>
    </message>
    <message>
        <source>(Shortened for the mail program: paste the full text from the clipboard or attach the PDF.)</source>
        <translation>(Shortened for the mail program: paste the full text from the clipboard or attach the PDF.)</translation>
    </message>
    <message>
        <source>The workstation&apos;s clock was set back once, at entry #{first}: &apos;netpatrol verify&apos; says by how much.</source>
        <translation>The workstation&apos;s clock was set back once, at entry #{first}: &apos;netpatrol verify&apos; says by how much.</translation>
    </message>
    <message>
        <source>The workstation&apos;s clock was set back {count} times, first at entry #{first}: &apos;netpatrol verify&apos; says where and by how much.</source>
        <translation>The workstation&apos;s clock was set back {count} times, first at entry #{first}: &apos;netpatrol verify&apos; says where and by how much.</translation>
    </message>
    <message>
        <source>DO NOT MATCH: {ids} no longer match the SHA-256 listed. Keep the vault as it is and report it.</source>
        <translation>DO NOT MATCH: {ids} no longer match the SHA-256 listed. Keep the vault as it is and report it.</translation>
    </message>
    <message>
        <source>The evidence file ({size} bytes) was read back from the vault and hashed again: it matches the SHA-256 listed.</source>
        <translation>The evidence file ({size} bytes) was read back from the vault and hashed again: it matches the SHA-256 listed.</translation>
    </message>
    <message>
        <source>All {count} evidence files ({size} bytes) were read back from the vault and hashed again: each matches the SHA-256 listed.</source>
        <translation>All {count} evidence files ({size} bytes) were read back from the vault and hashed again: each matches the SHA-256 listed.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>the file needs an &quot;agencies&quot; object.</source>
        <translation>the file needs an &quot;agencies&quot; object.</translation>
    </message>
    <message>
        <source>each agency must be an object.</source>
        <translation>each agency must be an object.</translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot;.</source>
        <translation>unknown field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text.</source>
        <translation>&quot;{field}&quot; must be text.</translation>
    </message>
    <message>
        <source>agency &quot;{key}&quot; needs a name.</source>
        <translation>agency &quot;{key}&quot; needs a name.</translation>
    </message>
    <message>
        <source>missing agencies: {keys}.</source>
        <translation>missing agencies: {keys}.</translation>
    </message>
    <message>
        <source>Chat transcript (complete)</source>
        <translation>Chat transcript (complete)</translation>
    </message>
    <message>
        <source>BROKEN: {reason} &apos;netpatrol verify&apos; names every problem.</source>
        <translation>BROKEN: {reason} &apos;netpatrol verify&apos; names every problem.</translation>
    </message>
    <message>
        <source>Intact: entries #1 to #{last} each carry the hash of the one before, and their own hashes match.</source>
        <translation>Intact: entries #1 to #{last} each carry the hash of the one before, and their own hashes match.</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Chain checked when printed</source>
        <translation>Chain checked when printed</translation>
    </message>
    <message>
        <source>These are the entries of this workstation&apos;s hash-chained audit log recorded in the period (Taipei days, both ends included), oldest first. Each entry carries the hash of the one before it, so none can be changed or removed unnoticed; &apos;netpatrol verify&apos; checks the whole chain. What officers typed with an action (such as the reason for revealing an identity) is not printed.</source>
        <translation>These are the entries of this workstation&apos;s hash-chained audit log recorded in the period (Taipei days, both ends included), oldest first. Each entry carries the hash of the one before it, so none can be changed or removed unnoticed; &apos;netpatrol verify&apos; checks the whole chain. What officers typed with an action (such as the reason for revealing an identity) is not printed.</translation>
    </message>
    <message>
        <source>No entry was recorded in the period.</source>
        <translation>No entry was recorded in the period.</translation>
    </message>
    <message>
        <source>No entry of these actions ({actions}) was recorded in the period.</source>
        <translation>No entry of these actions ({actions}) was recorded in the period.</translation>
    </message>
    <message>
        <source>Compiled by</source>
        <translation>Compiled by</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>Vault audit log</source>
        <translation>Vault audit log</translation>
    </message>
    <message>
        <source>Statistics for the performance evaluation</source>
        <translation>Statistics for the performance evaluation</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Every figure is counted from what the vault records, none typed in: a patrol counts by its start, a case by when it was opened or received, a capture by when it ended, a step by when it happened (a step undone since does not count), a deadline by when it was stopped, or, still open, by when it passed (as things stood at the end of the period). Days are Taipei calendar days, both ends included.</source>
        <translation>Every figure is counted from what the vault records, none typed in: a patrol counts by its start, a case by when it was opened or received, a capture by when it ended, a step by when it happened (a step undone since does not count), a deadline by when it was stopped, or, still open, by when it passed (as things stood at the end of the period). Days are Taipei calendar days, both ends included.</translation>
    </message>
    <message>
        <source>Online patrols</source>
        <translation>Online patrols</translation>
    </message>
    <message>
        <source>{count} ({partial} partial)</source>
        <translation>{count} ({partial} partial)</translation>
    </message>
    <message>
        <source>Cases and evidence</source>
        <translation>Cases and evidence</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <source>Received from other units</source>
        <translation>Received from other units</translation>
    </message>
    <message>
        <source>Case files sent to other units</source>
        <translation>Case files sent to other units</translation>
    </message>
    <message>
        <source>How they came in</source>
        <translation>How they came in</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Steps and deadlines</source>
        <translation>Steps and deadlines</translation>
    </message>
    <message>
        <source>Step done in the period</source>
        <translation>Step done in the period</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Deadline in the period</source>
        <translation>Deadline in the period</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Open past the deadline</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Chat transcript (INCOMPLETE)</source>
        <translation>Chat transcript (INCOMPLETE)</translation>
    </message>
    <message>
        <source>Capture complete</source>
        <translation>Capture complete</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO: older messages may be missing</source>
        <translation>NO: older messages may be missing</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Messages in blue were sent by the patrol (undercover) account.</source>
        <translation>Messages in blue were sent by the patrol (undercover) account.</translation>
    </message>
    <message>
        <source>SHA-256 of {name}</source>
        <translation>SHA-256 of {name}</translation>
    </message>
    <message>
        <source>End of transcript: {messages}.</source>
        <translation>End of transcript: {messages}.</translation>
    </message>
    <message>
        <source>time not shown</source>
        <translation>time not shown</translation>
    </message>
    <message>
        <source>[Attachment: {label}]</source>
        <translation>[Attachment: {label}]</translation>
    </message>
    <message>
        <source>artifact {id}</source>
        <translation>artifact {id}</translation>
    </message>
    <message>
        <source>No patrol was logged in this period.</source>
        <translation>No patrol was logged in this period.</translation>
    </message>
    <message>
        <source>Each patrol&apos;s log is sealed when the patrol stops: the stop entry in the audit chain holds the SHA-256 of the whole log, and &apos;netpatrol verify&apos; recomputes it.</source>
        <translation>Each patrol&apos;s log is sealed when the patrol stops: the stop entry in the audit chain holds the SHA-256 of the whole log, and &apos;netpatrol verify&apos; recomputes it.</translation>
    </message>
    <message>
        <source>Online patrol duty log</source>
        <translation>Online patrol duty log</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>Time on patrol</source>
        <translation>Time on patrol</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <translation>Pages visited</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>Downloads into the vault</source>
        <translation>Downloads into the vault</translation>
    </message>
    <message>
        <source>Certificate errors overridden</source>
        <translation>Certificate errors overridden</translation>
    </message>
    <message>
        <source>Patrol {ident}</source>
        <translation>Patrol {ident}</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>(not loaded: {error})</source>
        <translation>(not loaded: {error})</translation>
    </message>
    <message>
        <source>the certificate was issued for another site</source>
        <translation>the certificate was issued for another site</translation>
    </message>
    <message>
        <source>the certificate has expired or is not yet valid</source>
        <translation>the certificate has expired or is not yet valid</translation>
    </message>
    <message>
        <source>the certificate was not issued by a trusted authority</source>
        <translation>the certificate was not issued by a trusted authority</translation>
    </message>
    <message>
        <source>the certificate contains errors</source>
        <translation>the certificate contains errors</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <source>the certificate is invalid</source>
        <translation>the certificate is invalid</translation>
    </message>
    <message>
        <source>the certificate is signed with a weak algorithm</source>
        <translation>the certificate is signed with a weak algorithm</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is too weak</source>
        <translation>the certificate&apos;s key is too weak</translation>
    </message>
    <message>
        <source>the certificate names a site its issuer may not certify</source>
        <translation>the certificate names a site its issuer may not certify</translation>
    </message>
    <message>
        <source>the certificate is valid for too long</source>
        <translation>the certificate is valid for too long</translation>
    </message>
    <message>
        <source>the certificate was not publicly logged (Certificate Transparency)</source>
        <translation>the certificate was not publicly logged (Certificate Transparency)</translation>
    </message>
    <message>
        <source>the certificate is from a distrusted authority</source>
        <translation>the certificate is from a distrusted authority</translation>
    </message>
    <message>
        <source>the certificate is known to be used to intercept connections</source>
        <translation>the certificate is known to be used to intercept connections</translation>
    </message>
    <message>
        <source>Certificate problem: {problem}</source>
        <translation>Certificate problem: {problem}</translation>
    </message>
    <message>
        <source>(the last event logged: the patrol is still running, or the application ended before it was stopped)</source>
        <translation>(the last event logged: the patrol is still running, or the application ended before it was stopped)</translation>
    </message>
    <message>
        <source>(the last event logged: the patrol was not stopped normally)</source>
        <translation>(the last event logged: the patrol was not stopped normally)</translation>
    </message>
    <message>
        <source>Open: the patrol is running, or the application ended before it was stopped; its log is not yet sealed in the audit chain.</source>
        <translation>Open: the patrol is running, or the application ended before it was stopped; its log is not yet sealed in the audit chain.</translation>
    </message>
    <message>
        <source>Sealed in the audit chain when an officer closed it after the application had ended unexpectedly.</source>
        <translation>Sealed in the audit chain when an officer closed it after the application had ended unexpectedly.</translation>
    </message>
    <message>
        <source>Sealed in the audit chain when the officer stopped the patrol.</source>
        <translation>Sealed in the audit chain when the officer stopped the patrol.</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>vault</source>
        <translation>vault</translation>
    </message>
    <message>
        <source>browser + capture</source>
        <translation>browser + capture</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>{mark}  {name}: {detail} ({seconds} s)</source>
        <translation>{mark}  {name}: {detail} ({seconds} s)</translation>
    </message>
    <message>
        <source>the sealed identity did not come back as it went in</source>
        <translation>the sealed identity did not come back as it went in</translation>
    </message>
    <message>
        <source>the Chinese full-text search found nothing</source>
        <translation>the Chinese full-text search found nothing</translation>
    </message>
    <message>
        <source>the check found: {problems}</source>
        <translation>the check found: {problems}</translation>
    </message>
    <message>
        <source>SQLCipher {cipher}, {entries} audit entries verified</source>
        <translation>SQLCipher {cipher}, {entries} audit entries verified</translation>
    </message>
    <message>
        <source>no full-page image, or a blank one</source>
        <translation>no full-page image, or a blank one</translation>
    </message>
    <message>
        <source>the full-page image is only {height} px tall</source>
        <translation>the full-page image is only {height} px tall</translation>
    </message>
    <message>
        <source>the Chinese text was not captured</source>
        <translation>the Chinese text was not captured</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>{count} evidence files, full page {width}×{height} px, {complete}</source>
        <translation>{count} evidence files, full page {width}×{height} px, {complete}</translation>
    </message>
    <message>
        <source>the PDF has no embedded TrueType font</source>
        <translation>the PDF has no embedded TrueType font</translation>
    </message>
    <message>
        <source>evidence list, {size} bytes, TrueType font embedded</source>
        <translation>evidence list, {size} bytes, TrueType font embedded</translation>
    </message>
    <message>
        <source>{files} evidence files exported, verified and imported</source>
        <translation>{files} evidence files exported, verified and imported</translation>
    </message>
    <message>
        <source>skipped: the vault check failed</source>
        <translation>skipped: the vault check failed</translation>
    </message>
</context>
<context>
    <name>servertime</name>
    <message>
        <source>This workstation&apos;s clock is {by} behind the site&apos;s server, which sent the page: the times recorded now are wrong by as much. Set the clock right, then capture again.</source>
        <translation>This workstation&apos;s clock is {by} behind the site&apos;s server, which sent the page: the times recorded now are wrong by as much. Set the clock right, then capture again.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {by} ahead of the time the site&apos;s server sent the page with: either the clock is wrong, or the page came from the browser&apos;s cache. Reload the page and capture again; if it stays, set the clock right.</source>
        <translation>This workstation&apos;s clock is {by} ahead of the time the site&apos;s server sent the page with: either the clock is wrong, or the page came from the browser&apos;s cache. Reload the page and capture again; if it stays, set the clock right.</translation>
    </message>
    <message>
        <source>The site&apos;s server sent the page with a time that cannot be read ({date}); this workstation&apos;s clock could not be checked against it.</source>
        <translation>The site&apos;s server sent the page with a time that cannot be read ({date}); this workstation&apos;s clock could not be checked against it.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock agrees with the site&apos;s server, which sent the page at {at}.</source>
        <translation>This workstation&apos;s clock agrees with the site&apos;s server, which sent the page at {at}.</translation>
    </message>
    <message>
        <source>agrees with the site&apos;s server</source>
        <translation>agrees with the site&apos;s server</translation>
    </message>
    <message>
        <source>{by} behind the site&apos;s server</source>
        <translation>{by} behind the site&apos;s server</translation>
    </message>
    <message>
        <source>{by} ahead of the site&apos;s server</source>
        <translation>{by} ahead of the site&apos;s server</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Period: {first} to {last}</translation>
    </message>
    <message>
        <source>Patrols: {count}, {duration} in all, pages visited: {pages}; officers: {officers}</source>
        <translation>Patrols: {count}, {duration} in all, pages visited: {pages}; officers: {officers}</translation>
    </message>
    <message>
        <source>Cases opened: {opened}; received from other units: {received}</source>
        <translation>Cases opened: {opened}; received from other units: {received}</translation>
    </message>
    <message>
        <source>by how they came in: {origins}</source>
        <translation>by how they came in: {origins}</translation>
    </message>
    <message>
        <source>by platform: {platforms}</source>
        <translation>by platform: {platforms}</translation>
    </message>
    <message>
        <source>Captures: {count} ({partial} partial)</source>
        <translation>Captures: {count} ({partial} partial)</translation>
    </message>
    <message>
        <source>Steps done in the period (cases):</source>
        <translation>Steps done in the period (cases):</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <source>Deadlines in the period:</source>
        <translation>Deadlines in the period:</translation>
    </message>
    <message>
        <source>{clock}: {met} on time, {late} late, {overdue} still open past the deadline</source>
        <translation>{clock}: {met} on time, {late} late, {overdue} still open past the deadline</translation>
    </message>
    <message>
        <source>Case files sent to other units: {count}</source>
        <translation>Case files sent to other units: {count}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>The workstation&apos;s clock reads {now}, {by} earlier than the vault&apos;s last entry. One of the two is wrong: check the date and time before you capture evidence, for every time recorded now rests on this clock. The unlock is recorded with the difference.</source>
        <translation>The workstation&apos;s clock reads {now}, {by} earlier than the vault&apos;s last entry. One of the two is wrong: check the date and time before you capture evidence, for every time recorded now rests on this clock. The unlock is recorded with the difference.</translation>
    </message>
    <message>
        <source>This vault was made by an earlier NetPatrol and has now been upgraded. A copy of it as it was is kept at {path}; the earlier version opens it, with the same passphrase. Keep it, as safely as the vault, until you are sure all is well, then delete it.</source>
        <translation>This vault was made by an earlier NetPatrol and has now been upgraded. A copy of it as it was is kept at {path}; the earlier version opens it, with the same passphrase. Keep it, as safely as the vault, until you are sure all is well, then delete it.</translation>
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
        <source>Entry {seq} ({at}) is recorded {by} earlier than entry {before} ({before_at}): the workstation&apos;s clock was set back, or had been ahead. The chain&apos;s order is intact; check the times around it against another record.</source>
        <translation>Entry {seq} ({at}) is recorded {by} earlier than entry {before} ({before_at}): the workstation&apos;s clock was set back, or had been ahead. The chain&apos;s order is intact; check the times around it against another record.</translation>
    </message>
    <message>
        <source>…and 1 more step back of the clock.</source>
        <translation>…and 1 more step back of the clock.</translation>
    </message>
    <message>
        <source>…and {count} more steps back of the clock.</source>
        <translation>…and {count} more steps back of the clock.</translation>
    </message>
    <message>
        <source>Pages of the file that failed authentication: {count} (first: page {first}).</source>
        <translation>Pages of the file that failed authentication: {count} (first: page {first}).</translation>
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
