<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>security patches {version}</source>
        <translation>安全性修補 {version}</translation>
    </message>
    <message>
        <source>About NetPatrol</source>
        <translation>關於網路巡邏工作站</translation>
    </message>
    <message>
        <source>NetPatrol (Internet Patrol Workstation)</source>
        <translation>網路巡邏工作站（NetPatrol）</translation>
    </message>
    <message>
        <source>Patrol, evidence capture and an encrypted case vault for officers who protect children from sexual exploitation online. Everything stays on this workstation.</source>
        <translation>供防制兒少網路性剝削之員警使用的網路巡邏、證據擷取與加密案件保管庫。所有資料都只存放在本工作站。</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person to case {number}</source>
        <translation>新增案件 {number} 的關係人</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身分(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name, or an alias if the name is not known</source>
        <translation>姓名；不知姓名時填暱稱或化名</translation>
    </message>
    <message>
        <source>e.g. 2010-03-04, or “about 15”</source>
        <translation>例如 民國99年3月4日，或「約15歲」</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>This identity will be sealed: everywhere else the case shows only a pseudonym, and seeing the name again needs a reason and the passphrase.</source>
        <translation>此人身分將予密封：案件其他各處只顯示代號，日後要再檢視姓名，須敘明理由並輸入密碼。</translation>
    </message>
    <message>
        <source>This person&apos;s name and details are stored as entered.</source>
        <translation>此人的姓名與資料將依輸入內容保存。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>紀錄雜湊值</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Downloads are stored in the vault as artifacts of this case.</source>
        <translation>下載的檔案會存入保管庫，列為此案件的證物。</translation>
    </message>
    <message>
        <source>The persona (browser profile) for new tabs.</source>
        <translation>新分頁使用的身分（瀏覽器設定檔）。</translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation>新增身分…</translation>
    </message>
    <message>
        <source>Keyword patrol…</source>
        <translation>關鍵字巡邏…</translation>
    </message>
    <message>
        <source>Highlight keywords (comma-separated)</source>
        <translation>標示關鍵字（以逗號分隔）</translation>
    </message>
    <message>
        <source>Case for downloads</source>
        <translation>下載存入的案件</translation>
    </message>
    <message>
        <source>Persona for new tabs</source>
        <translation>新分頁使用的身分</translation>
    </message>
    <message>
        <source>Highlight keywords</source>
        <translation>標示關鍵字</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Patrol log</source>
        <translation>勤務紀錄</translation>
    </message>
    <message>
        <source>Wellness</source>
        <translation>身心保護</translation>
    </message>
    <message>
        <source>Blur pictures and videos in new tabs</source>
        <translation>新分頁中模糊圖片與影片</translation>
    </message>
    <message>
        <source>Grayscale in new tabs</source>
        <translation>新分頁以灰階顯示</translation>
    </message>
    <message>
        <source>Mute media in new tabs</source>
        <translation>新分頁靜音</translation>
    </message>
    <message>
        <source>Break reminder every (minutes, 0 = off)</source>
        <translation>休息提醒間隔（分鐘，0 = 關閉）</translation>
    </message>
    <message>
        <source>Folder for persistent personas…</source>
        <translation>保存身分的資料夾…</translation>
    </message>
    <message>
        <source>Edit platforms…</source>
        <translation>編輯平臺清單…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>在頁面中尋找（Ctrl+F）</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>新分頁</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一個符合項目</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一個符合項目</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重設縮放</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Blur media</source>
        <translation>模糊圖片影片</translation>
    </message>
    <message>
        <source>Pictures and videos stay blurred until you click one. Captures always record the page as it really is.</source>
        <translation>圖片與影片會保持模糊，點一下才顯示。截圖一律記錄頁面的真實樣貌。</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>在頁面中尋找</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一個命中</translation>
    </message>
    <message>
        <source>(no case: downloads refused)</source>
        <translation>（未選案件：拒絕下載）</translation>
    </message>
    <message>
        <source>⚠ Persona “{name}” keeps its cookies and site data UNENCRYPTED in {folder}. Anyone who can read that folder can use this account. Keep it on an encrypted drive.</source>
        <translation>⚠ 身分「{name}」的 Cookie 與網站資料以「未加密」方式存放於 {folder}。任何能讀取該資料夾的人都能使用這個帳號。請放在加密的磁碟上。</translation>
    </message>
    <message>
        <source>Folder for persistent personas</source>
        <translation>保存身分的資料夾</translation>
    </message>
    <message>
        <source>All of “{name}”</source>
        <translation>「{name}」全部關鍵字</translation>
    </message>
    <message>
        <source>No tab closed in this session to reopen.</source>
        <translation>本次工作階段沒有可重新開啟的已關閉分頁。</translation>
    </message>
    <message>
        <source>Reset zoom ({percent})</source>
        <translation>重設縮放（{percent}）</translation>
    </message>
    <message>
        <source>End patrol</source>
        <translation>結束巡邏</translation>
    </message>
    <message>
        <source>You have been on patrol for 1 minute. Look away from the screen and take a short break.</source>
        <translation>您已連續巡邏 1 分鐘。請將視線移開螢幕，稍作休息。</translation>
    </message>
    <message>
        <source>You have been on patrol for {count} minutes. Look away from the screen and take a short break.</source>
        <translation>您已連續巡邏 {count} 分鐘。請將視線移開螢幕，稍作休息。</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>身分：{name}</translation>
    </message>
    <message>
        <source>Choose a platform on the left, or type an address above.
While a patrol runs, every page opened is recorded in the patrol log.</source>
        <translation>請從左側選擇平台，或在上方網址列輸入網址。
巡邏進行中，每個開啟的網頁都會記入勤務紀錄。</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (http:// or https://).</source>
        <translation>「{text}」不是網址（須為 http:// 或 https://）。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>The host as it is really addressed (punycode). Check it when letters from different scripts look alike.</source>
        <translation>實際連線的主機名稱（punycode）。不同文字系統的字母外觀相似時，請以此核對。</translation>
    </message>
    <message>
        <source>{index} of {total}</source>
        <translation>第 {index} 個，共 {total} 個</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Keyword hit {index} of {total}</source>
        <translation>關鍵字命中第 {index} 處，共 {total} 處</translation>
    </message>
    <message>
        <source>Keyword hits: {count}</source>
        <translation>關鍵字命中：{count}</translation>
    </message>
    <message>
        <source>■ End patrol</source>
        <translation>■ 結束巡邏</translation>
    </message>
    <message>
        <source>▶ Start patrol</source>
        <translation>▶ 開始巡邏</translation>
    </message>
    <message>
        <source>Time on this patrol</source>
        <translation>本次巡邏已進行的時間</translation>
    </message>
    <message>
        <source>Off patrol</source>
        <translation>未在巡邏</translation>
    </message>
    <message>
        <source>Pop-up windows blocked on this page: {count}. The last one: {url}</source>
        <translation>此頁面的彈出視窗已封鎖 {count} 個。最後一個：{url}</translation>
    </message>
    <message>
        <source>Open it in a new tab</source>
        <translation>在新分頁開啟</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10 分鐘後再提醒</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>我已休息</translation>
    </message>
    <message>
        <source>No patrol is running, so these visits are not in the duty log.</source>
        <translation>目前未開始巡邏，這些瀏覽不會記入勤務紀錄。</translation>
    </message>
    <message>
        <source>Start patrol</source>
        <translation>開始巡邏</translation>
    </message>
    <message>
        <source>The patrol started {time} ended unexpectedly. Its log up to then is kept.</source>
        <translation>於 {time} 開始的巡邏意外中斷，中斷前的紀錄均已保存。</translation>
    </message>
    <message>
        <source>Reopen its last pages</source>
        <translation>重新開啟當時的頁面</translation>
    </message>
    <message>
        <source>Close it in the log</source>
        <translation>在紀錄中結束此巡邏</translation>
    </message>
    <message>
        <source>The patrol started {time} is closed in the log, and its log sealed in the audit chain.</source>
        <translation>{time} 開始的巡邏已於紀錄中結束，其紀錄已封存於稽核鏈。</translation>
    </message>
    <message>
        <source>Downloading “{name}” into the vault…</source>
        <translation>正在將「{name}」下載至保管庫…</translation>
    </message>
    <message>
        <source>“{name}” ({size} bytes) is stored in the vault as artifact {artifact}. SHA-256: {sha}</source>
        <translation>「{name}」（{size} 位元組）已存入保管庫，證物編號 {artifact}。SHA-256 雜湊值：{sha}</translation>
    </message>
    <message>
        <source>⚠ This file is a program. It was not opened; do not run it on this workstation.</source>
        <translation>⚠ 這個檔案是程式，未予開啟；請勿在本工作站執行。</translation>
    </message>
    <message>
        <source>“{name}” was not downloaded: {reason}</source>
        <translation>「{name}」未下載：{reason}</translation>
    </message>
    <message>
        <source>The download of “{name}” failed ({reason}); nothing was stored.</source>
        <translation>「{name}」下載失敗（{reason}），未存入任何資料。</translation>
    </message>
</context>
<context>
    <name>BrowserTab</name>
    <message>
        <source>microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>camera and microphone</source>
        <translation>攝影機與麥克風</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置資訊</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>螢幕畫面</translation>
    </message>
    <message>
        <source>screen and audio</source>
        <translation>螢幕畫面與聲音</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪貼簿</translation>
    </message>
    <message>
        <source>mouse lock</source>
        <translation>滑鼠鎖定</translation>
    </message>
    <message>
        <source>local fonts</source>
        <translation>本機字型</translation>
    </message>
    <message>
        <source>Capturing. The page is covered here while it is captured without the blur; it shows again when the capture ends.</source>
        <translation>擷取中。擷取時網頁不經模糊處理，因此暫時遮住；擷取完成後即恢復顯示。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>This page is taking a long time to load.</source>
        <translation>此頁面載入時間過長。</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止載入</translation>
    </message>
    <message>
        <source>This page crashed. Nothing was lost from the patrol log.</source>
        <translation>此頁面已當機。勤務紀錄沒有遺失任何資料。</translation>
    </message>
    <message>
        <source>This page crashed.</source>
        <translation>此頁面已當機。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: {problem}</source>
        <translation>與 {host} 的連線不安全：{problem}</translation>
    </message>
    <message>
        <source>The page cannot be opened.</source>
        <translation>無法開啟此頁面。</translation>
    </message>
    <message>
        <source>The page is held until you decide.</source>
        <translation>頁面已暫停載入，等候您決定。</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>不要開啟</translation>
    </message>
    <message>
        <source>Proceed anyway…</source>
        <translation>仍要繼續…</translation>
    </message>
    <message>
        <source>Proceed despite a TLS error?</source>
        <translation>憑證有問題，仍要繼續？</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to {host}, and the page may not be the site&apos;s own. Proceeding is recorded in the audit log and the patrol log.

Open the page anyway?</source>
        <translation>與 {host} 的連線可能遭人攔截，頁面可能不是該網站的原始內容。繼續開啟會記錄於稽核紀錄及勤務紀錄。

仍要開啟此頁面嗎？</translation>
    </message>
    <message>
        <source>{origin} asked for access to the {what}: denied.</source>
        <translation>{origin} 要求存取{what}：已拒絕。</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Evidence capture</source>
        <translation>證據擷取</translation>
    </message>
    <message>
        <source>Capture evidence</source>
        <translation>擷取證據</translation>
    </message>
    <message>
        <source>Capture the current browser tab into the active case ({keys}): full page, saved page, text and identifiers, all hashed.</source>
        <translation>將瀏覽器目前分頁擷取至作用中案件（{keys}）：全頁截圖、網頁存檔、文字與識別資料，皆計算雜湊值。</translation>
    </message>
    <message>
        <source>Capture chat</source>
        <translation>擷取聊天</translation>
    </message>
    <message>
        <source>Capture the chat open in the current tab into the active case: it is scrolled back to the start of the conversation and every message is kept, ready to print as a transcript (guideline 陸.三(三)).</source>
        <translation>將目前分頁開啟的聊天擷取至作用中案件：自動捲回對話開頭並保存每一則訊息，可列印為聊天紀錄（規定 陸.三(三)）。</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>連拍</translation>
    </message>
    <message>
        <source>Capture what is on screen every N milliseconds while on (stories, one-time views). The tab is shown unblurred while it runs.</source>
        <translation>開啟期間每 N 毫秒擷取一次畫面（限時動態、一次性檢視）。執行期間分頁不模糊顯示。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Burst interval</source>
        <translation>連拍間隔</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source>Record the tab to a video (hashed) until you press it again. The tab is shown unblurred while it runs.</source>
        <translation>將分頁錄成影片（計算雜湊值），再按一次即停止。執行期間分頁不模糊顯示。</translation>
    </message>
    <message>
        <source>Capture settings…</source>
        <translation>擷取設定…</translation>
    </message>
    <message>
        <source>{dot} REC {m}:{s:02d}</source>
        <translation>{dot} 錄影中 {m}:{s:02d}</translation>
    </message>
    <message>
        <source>{dot} BURST {frames}</source>
        <translation>{dot} 連拍中 {frames}</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 張</translation>
    </message>
    <message>
        <source>{count} frames</source>
        <translation>{count} 張</translation>
    </message>
    <message>
        <source>Capturing the page…</source>
        <translation>正在擷取網頁…</translation>
    </message>
    <message>
        <source>Capturing the chat: scrolling back to its start…</source>
        <translation>正在擷取聊天：捲回對話開頭中…</translation>
    </message>
    <message>
        <source>Storing the capture in the vault…</source>
        <translation>正在將擷取內容存入保管庫…</translation>
    </message>
    <message>
        <source>The capture was discarded; nothing was stored.</source>
        <translation>已捨棄擷取，未儲存任何資料。</translation>
    </message>
    <message>
        <source>Capture {ident} stored in the vault.</source>
        <translation>擷取內容 {ident} 已存入保管庫。</translation>
    </message>
</context>
<context>
    <name>CaptureGallery</name>
    <message>
        <source>Page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>連拍</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>複查</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Reload the captures</source>
        <translation>重新載入擷取內容</translation>
    </message>
    <message>
        <source>Captures of the case</source>
        <translation>本案擷取內容</translation>
    </message>
    <message>
        <source>Nothing has been captured in this case yet. Open the page in the Browser tab and press Capture evidence, or Capture chat for a conversation.</source>
        <translation>本案尚未擷取任何內容。請在「瀏覽器」分頁開啟網頁後按「擷取證據」；對話請按「擷取聊天」。</translation>
    </message>
    <message>
        <source>No case chosen.</source>
        <translation>尚未選擇案件。</translation>
    </message>
    <message>
        <source>{captures}, {partial} partial</source>
        <translation>{captures}，{partial} 筆不完整</translation>
    </message>
    <message>
        <source>1 capture</source>
        <translation>共 1 筆擷取</translation>
    </message>
    <message>
        <source>{count} captures</source>
        <translation>共 {count} 筆擷取</translation>
    </message>
    <message>
        <source>Loading the captures…</source>
        <translation>正在載入擷取內容…</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>不完整</translation>
    </message>
</context>
<context>
    <name>CaptureResultDialog</name>
    <message>
        <source>Capture stored</source>
        <translation>擷取內容已儲存</translation>
    </message>
    <message>
        <source>Complete capture</source>
        <translation>完整擷取</translation>
    </message>
    <message>
        <source>PARTIAL capture</source>
        <translation>不完整擷取</translation>
    </message>
    <message>
        <source>{verdict} — stored in case {case} as {capture}</source>
        <translation>{verdict} — 已存入案件 {case}，編號 {capture}</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): all points covered.</source>
        <translation>初步證據（規定 陸.一）：各項均已具備。</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Found / missing</source>
        <translation>已取得／缺少</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): 1 point missing — {names}.</source>
        <translation>初步證據（規定 陸.一）：缺 1 項 — {names}。</translation>
    </message>
    <message>
        <source>Initial evidence (guideline 陸.一): {count} points missing — {names}.</source>
        <translation>初步證據（規定 陸.一）：缺 {count} 項 — {names}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>1 file in the encrypted vault:</source>
        <translation>加密保管庫中的 1 個檔案：</translation>
    </message>
    <message>
        <source>{count} files in the encrypted vault:</source>
        <translation>加密保管庫中的 {count} 個檔案：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Show in the case</source>
        <translation>在案件中檢視</translation>
    </message>
    <message>
        <source>The checklist could not be updated: {problem}</source>
        <translation>檢核表無法更新：{problem}</translation>
    </message>
    <message>
        <source>Checklist: ticked automatically — {steps}.</source>
        <translation>檢核表：已自動勾選 — {steps}。</translation>
    </message>
    <message>
        <source>Checklist: a partial capture does not tick the evidence step; capture again or note why it cannot be complete.</source>
        <translation>檢核表：不完整的擷取不會勾選蒐證步驟；請重新擷取，或註記無法完整擷取的原因。</translation>
    </message>
</context>
<context>
    <name>CaptureSettingsDialog</name>
    <message>
        <source>Capture settings</source>
        <translation>擷取設定</translation>
    </message>
    <message>
        <source>Lazy loading:</source>
        <translation>延遲載入：</translation>
    </message>
    <message>
        <source>Stop scrolling after:</source>
        <translation>捲動時間上限：</translation>
    </message>
    <message>
        <source>Stop at page height:</source>
        <translation>頁面高度上限：</translation>
    </message>
    <message>
        <source>Stop at feed items:</source>
        <translation>動態項目上限：</translation>
    </message>
    <message>
        <source>Burst interval:</source>
        <translation>連拍間隔：</translation>
    </message>
    <message>
        <source>Scroll the page so lazy content loads before the full-page image</source>
        <translation>擷取全頁截圖前先捲動網頁，讓延遲載入的內容出現</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> items</source>
        <translation> 則</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Whichever limit is reached first stops the scrolling; the capture then says it is PARTIAL and which limit stopped it.</source>
        <translation>任一上限先達到即停止捲動；擷取結果會標示為不完整，並說明是哪一項上限所致。</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Files and hashes</source>
        <translation>檔案與雜湊值</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別資料</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>重新模糊</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>顯示圖片</translation>
    </message>
    <message>
        <source>Pictures stay blurred until you choose to look at them.</source>
        <translation>圖片維持模糊，直到您選擇查看。</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>符合頁面寬度</translation>
    </message>
    <message>
        <source>Open saved page (offline)…</source>
        <translation>開啟網頁存檔（離線）…</translation>
    </message>
    <message>
        <source>Print transcript…</source>
        <translation>列印聊天紀錄…</translation>
    </message>
    <message>
        <source>Write every message of this chat to a PDF (guideline 陸.三(三)); the file&apos;s SHA-256 is recorded in the audit log.</source>
        <translation>將此聊天的每一則訊息寫入 PDF（規定 陸.三(三)）；檔案的 SHA-256 雜湊值記入稽核紀錄。</translation>
    </message>
    <message>
        <source>This capture has no picture (a video recording: see its file and hash).</source>
        <translation>此擷取沒有圖片（為錄影檔，請見其檔案與雜湊值）。</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Found / missing</source>
        <translation>已取得／缺少</translation>
    </message>
    <message>
        <source>Captured image</source>
        <translation>擷取的圖片</translation>
    </message>
    <message>
        <source>Shown as captured.</source>
        <translation>以擷取時的原樣顯示。</translation>
    </message>
    <message>
        <source>Blurred. Show image unblurs it.</source>
        <translation>已模糊處理。按「顯示圖片」可取消模糊。</translation>
    </message>
    <message>
        <source>What the capture holds, point by point</source>
        <translation>擷取內容逐項檢核</translation>
    </message>
    <message>
        <source>Capture metadata</source>
        <translation>擷取中繼資料</translation>
    </message>
    <message>
        <source>Choose a capture on the left.</source>
        <translation>請在左側選擇一筆擷取。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{verdict} · {kind} · {capture} · {when} · persona {persona}&lt;br&gt;{url}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{verdict} · {kind} · {capture} · {when} · 身分 {persona}&lt;br&gt;{url}</translation>
    </message>
    <message>
        <source>none (a clean browser, no cookies)</source>
        <translation>無（乾淨的瀏覽器，不帶 Cookie）</translation>
    </message>
    <message>
        <source>transcript written</source>
        <translation>已輸出聊天紀錄</translation>
    </message>
    <message>
        <source>Transcript written to {path}</source>
        <translation>聊天紀錄已輸出至 {path}</translation>
    </message>
    <message>
        <source>the chat is partial, so the step to print it in full stays open</source>
        <translation>聊天紀錄不完整，「完整列印」步驟仍待辦理</translation>
    </message>
    <message>
        <source>transcript last printed {time}</source>
        <translation>聊天紀錄最近一次於 {time} 輸出</translation>
    </message>
    <message>
        <source>Save chat transcript as PDF</source>
        <translation>將聊天紀錄存為 PDF</translation>
    </message>
</context>
<context>
    <name>CaseAuditView</name>
    <message>
        <source>Audit entries of the case</source>
        <translation>本案稽核紀錄</translation>
    </message>
    <message>
        <source>1 entry of the audit chain concerns this case.</source>
        <translation>稽核鏈中共 1 筆紀錄與本案有關。</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain concern this case, newest first.</source>
        <translation>稽核鏈中共 {count} 筆紀錄與本案有關，由新到舊排列。</translation>
    </message>
    <message>
        <source>Each entry carries the hash of the one before it, so none can be changed or removed unnoticed.</source>
        <translation>每筆紀錄都帶有前一筆的雜湊值，任何一筆遭修改或刪除都會被發現。</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>Exporting… evidence files written: {done} of {total}</source>
        <translation>正在匯出…已寫入證據檔案：{done}／{total}</translation>
    </message>
    <message>
        <source>Checking… evidence files verified: {done} of {total}</source>
        <translation>正在檢查…已核對證據檔案：{done}／{total}</translation>
    </message>
    <message>
        <source>Importing… evidence files stored: {done} of {total}</source>
        <translation>正在匯入…已存入證據檔案：{done}／{total}</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search cases and captured text…</source>
        <translation>搜尋案件與擷取內容…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋案件</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>依狀態篩選</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件清單</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>When anything in the case last changed: its details, people, evidence, checklist steps or documents. Viewing it, copying a document&apos;s text or exporting does not count.</source>
        <translation>案件中任何內容最後一次變動的時間：案件資料、人員、證據、檢核步驟或文件。檢視、複製文件內容或匯出不算在內。</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新增案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>顯示更多</translation>
    </message>
    <message>
        <source>No cases yet.
A case holds the captures, people and steps of one matter.</source>
        <translation>尚無任何案件。
一個案件彙整同一事件的擷取證據、關係人與處理步驟。</translation>
    </message>
    <message>
        <source>Create the first case</source>
        <translation>建立第一個案件</translation>
    </message>
    <message>
        <source>Import a case file…</source>
        <translation>匯入案件檔案…</translation>
    </message>
    <message>
        <source>No case matches this search or filter.</source>
        <translation>沒有符合搜尋或篩選條件的案件。</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>Choose the case for this capture</source>
        <translation>選擇此擷取所屬的案件</translation>
    </message>
    <message>
        <source>No case is active. Choose the case this capture belongs to, or create a new one. Nothing is stored until you choose.</source>
        <translation>目前沒有作用中的案件。請選擇此擷取所屬的案件，或新增案件。選定之前不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Filter by number or title</source>
        <translation>依案號或標題篩選</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件清單</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新增案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Store in this case</source>
        <translation>存入此案件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list on the left, or create a new one.</source>
        <translation>請從左側清單選擇案件，或新增案件。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>People</source>
        <translation>關係人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修訂紀錄</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>案號：</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平臺：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>案由(&amp;I)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>承辦人：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>立案時間：</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>移交來源：</translation>
    </message>
    <message>
        <source>Last revised:</source>
        <translation>最後修訂：</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>最後更新：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>本案關係人</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>新增關係人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reveal identity…</source>
        <translation>檢視密封身分(&amp;R)…</translation>
    </message>
    <message>
        <source>Reporters, informants and victims are sealed: only their pseudonym is shown and printed.</source>
        <translation>報告人、告發人與被害人身分均已密封：畫面與列印文件只顯示代號。</translation>
    </message>
    <message>
        <source>No one is recorded in this case yet. Add the reporter, informant, victim, suspect or witness with Add person.</source>
        <translation>本案尚未登錄任何關係人。請以「新增關係人」登錄報告人、告發人、被害人、犯罪嫌疑人或證人。</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Revisions of the case</source>
        <translation>本案修訂紀錄</translation>
    </message>
    <message>
        <source>{officer} ({unit})</source>
        <translation>{officer}（{unit}）</translation>
    </message>
    <message>
        <source>{time} (revision {revision})</source>
        <translation>{time}（第 {revision} 版）</translation>
    </message>
    <message>
        <source>{unit}, their case number {number}</source>
        <translation>{unit}，該單位案號 {number}</translation>
    </message>
    <message>
        <source>{sender}; opened there {time}</source>
        <translation>{sender}；該單位立案時間 {time}</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>（已密封）</translation>
    </message>
    <message>
        <source>(stayed with the sending unit)</source>
        <translation>（留在移交單位）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Checklist</source>
        <translation>檢核表</translation>
    </message>
    <message>
        <source>Takedown re-check</source>
        <translation>下架複查</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>產製文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Re-check &amp;takedown…</source>
        <translation>下架複查(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;tatistics for the evaluation…</source>
        <translation>績效評核統計(&amp;T)…</translation>
    </message>
    <message>
        <source>Generate the procedure documents of the case (PDF, text, e-mail)</source>
        <translation>產製本案程序文件（PDF、純文字、電子郵件）</translation>
    </message>
    <message>
        <source>Re-check the case&apos;s captured addresses in a clean browser</source>
        <translation>以乾淨的瀏覽器複查本案已蒐證的網址</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <source>NetPatrol: deadline reminders</source>
        <translation>網路巡邏工作站：期限提醒</translation>
    </message>
    <message>
        <source>The platform-removal deadline of this case passed at {at} and the content has not been re-checked since.</source>
        <translation>本案平臺限制瀏覽或移除之期限已於 {at} 屆滿，此後尚未複查內容。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>變更保管庫密碼</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>目前密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>變更(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>辦理人及時間</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>檢核表步驟</translation>
    </message>
    <message>
        <source>About the chosen step</source>
        <translation>所選步驟說明</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>標記完成(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>撤銷(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a case to see its checklist.</source>
        <translation>請選擇案件以檢視其檢核表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — procedure version {version}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — 程序版本 {version}</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（視需要）</translation>
    </message>
    <message>
        <source>{officer}, {when}</source>
        <translation>{officer}，{when}</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自動）</translation>
    </message>
    <message>
        <source>printing a chat transcript</source>
        <translation>列印聊天紀錄全文</translation>
    </message>
    <message>
        <source>issuing “{document}”</source>
        <translation>產製「{document}」</translation>
    </message>
    <message>
        <source>a complete capture</source>
        <translation>完整擷取一次</translation>
    </message>
    <message>
        <source>a re-check that finds the content removed</source>
        <translation>複查確認內容已移除</translation>
    </message>
    <message>
        <source>adding a reporter, informant or victim (sealed)</source>
        <translation>新增報告人、告發人或被害人（密封）</translation>
    </message>
    <message>
        <source>({start} to {end})</source>
        <translation>（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>(deadline {at})</source>
        <translation>（期限 {at}）</translation>
    </message>
    <message>
        <source>No clock has started for this case.</source>
        <translation>本案尚無開始計時的時限。</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>依據：{basis}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>狀態：{state}</translation>
    </message>
    <message>
        <source>Completed automatically by: {events}</source>
        <translation>由下列事件自動完成：{events}</translation>
    </message>
    <message>
        <source>Evidence: {ids}</source>
        <translation>證據：{ids}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>處理紀錄</translation>
    </message>
    <message>
        <source>{when}: {action} by {officer} (recorded {recorded})</source>
        <translation>{when}：{officer} {action}（登錄於 {recorded}）</translation>
    </message>
    <message>
        <source>This step is completed by the application.</source>
        <translation>此步驟由系統自動完成。</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>撤銷步驟</translation>
    </message>
    <message>
        <source>Undo “{step}”? The tick stays in the record and the undo is written to the audit log.
Reason (required):</source>
        <translation>確定撤銷「{step}」？原勾選仍保留於紀錄中，撤銷將寫入稽核紀錄。
原因（必填）：</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
</context>
<context>
    <name>ClocksDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Deadline (Taipei)</source>
        <translation>期限（臺北時間）</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Running clocks</source>
        <translation>計時中的期限</translation>
    </message>
    <message>
        <source>{running}, {overdue} overdue.</source>
        <translation>{running}，其中 {overdue} 項已逾期。</translation>
    </message>
    <message>
        <source>1 running clock</source>
        <translation>計時中的時限 1 項</translation>
    </message>
    <message>
        <source>{count} running clocks</source>
        <translation>計時中的時限 {count} 項</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>目前沒有計時中的時限。</translation>
    </message>
    <message>
        <source>Data must be kept through {end} (Taipei date).</source>
        <translation>資料須保留至 {end}（臺北日期）當日止。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>NetPatrol: internal error</source>
        <translation>網路巡邏工作站：程式內部錯誤</translation>
    </message>
    <message>
        <source>NetPatrol hit an internal error ({kind}). This is a fault in the program, not something you did. Evidence already saved in the vault is safe. Please give the log file below to your IT support:</source>
        <translation>網路巡邏工作站發生程式內部錯誤（{kind}）。這是程式本身的問題，並非您的操作所致；已存入保管庫的證據不受影響。請將下列紀錄檔交給資訊人員：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續使用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit NetPatrol</source>
        <translation>結束程式(&amp;Q)</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>開啟紀錄檔資料夾(&amp;F)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>產製文件</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文件語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Documents for agencies are in Traditional Chinese, with ROC dates.</source>
        <translation>送交機關的文件以繁體中文撰寫，日期採民國紀年。</translation>
    </message>
    <message>
        <source>&amp;Reason (事由):</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>Default: the case title</source>
        <translation>預設：案件名稱</translation>
    </message>
    <message>
        <source>Platform &amp;notified at:</source>
        <translation>通知平臺時間(&amp;N)：</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Date and time the platform was notified</source>
        <translation>通知平臺的日期時間</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>文件預覽</translation>
    </message>
    <message>
        <source>&amp;Transferred to:</source>
        <translation>移送機關(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. the district prosecutors&apos; office</source>
        <translation>例如：臺灣臺北地方檢察署</translation>
    </message>
    <message>
        <source>Preview (the text copied and mailed):</source>
        <translation>預覽（複製及寄送的文字即為此內容）：</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>複製文字(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;mail draft</source>
        <translation>開啟郵件草稿(&amp;M)</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>案件 {number}</translation>
    </message>
    <message>
        <source>Save document as PDF</source>
        <translation>將文件儲存為 PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}); recorded in the audit log.</source>
        <translation>已儲存 {file}（SHA-256 {sha256}），並已寫入稽核紀錄。</translation>
    </message>
    <message>
        <source>Checklist: {steps} done.</source>
        <translation>檢核表：{steps} 已完成。</translation>
    </message>
    <message>
        <source>No mail program opened the draft. The full text is on the clipboard: paste it into a new mail.</source>
        <translation>沒有郵件程式可開啟草稿。全文已複製到剪貼簿，請貼到新郵件中。</translation>
    </message>
    <message>
        <source>The text is on the clipboard until the vault is locked.</source>
        <translation>文字已複製到剪貼簿，保險庫鎖定時即自剪貼簿移除。</translation>
    </message>
    <message>
        <source>A mail draft was opened; the full text is also on the clipboard.</source>
        <translation>已開啟郵件草稿；完整文字也已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>ExportCaseDialog</name>
    <message>
        <source>Export case file</source>
        <translation>匯出案件檔案</translation>
    </message>
    <message>
        <source>Encrypt to the receiving &amp;workstation&apos;s key (recommended)</source>
        <translation>以收件單位的工作站金鑰加密(&amp;W)（建議）</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase (tell it to the receiver separately, not with the file)</source>
        <translation>以密碼保護(&amp;P)（密碼須另行告知收件人，勿與檔案一併傳送）</translation>
    </message>
    <message>
        <source>Their workstation key:</source>
        <translation>對方工作站金鑰：</translation>
    </message>
    <message>
        <source>age1… (Tools → Workstation keys on their NetPatrol)</source>
        <translation>age1…（對方 NetPatrol 的「工具 → 案件檔案用工作站金鑰」）</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>&amp;Send the sealed identities too (only when the receiving unit must contact these people)</source>
        <translation>一併移交密封身分(&amp;S)（僅限收件單位須聯繫這些人時）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the receiving unit needs them (recorded in the audit log)</source>
        <translation>收件單位需要這些身分的原因（記入稽核紀錄）</translation>
    </message>
    <message>
        <source>Vault passphrase &amp;again:</source>
        <translation>再次輸入保管庫密碼(&amp;A)：</translation>
    </message>
    <message>
        <source>The identities of {names} will be in the case file, readable by whoever opens it; the receiving vault seals them again. Each one sent is recorded in the audit log with your reason.</source>
        <translation>{names} 的身分將放入案件檔案，能開啟此檔案者即可讀取；收件保管庫會重新予以密封。每一筆移交的身分都會連同您敘明的事由記入稽核紀錄。</translation>
    </message>
    <message>
        <source>With a passphrase, anyone who learns it can read them: the receiving workstation&apos;s key is safer.</source>
        <translation>以密碼保護時，任何得知密碼者都能讀取這些身分；以收件單位的工作站金鑰加密較為安全。</translation>
    </message>
    <message>
        <source>Exported to {file}: {files}.
Case file SHA-256: {sha256}
Signing key fingerprint: {fingerprint}
Read the fingerprint out to the receiving unit; they compare it before importing.</source>
        <translation>已匯出至 {file}：{files}。
案件檔案 SHA-256：{sha256}
簽章金鑰指紋：{fingerprint}
請將指紋唸給收件單位，由其於匯入前核對。</translation>
    </message>
    <message>
        <source>Sealed identities sent with it: {names}.</source>
        <translation>一併移交的密封身分：{names}。</translation>
    </message>
    <message>
        <source>The case has no sealed identities.</source>
        <translation>本案沒有密封身分。</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>存檔位置(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Sealed identities ({count}) are left out: the case file names those people by pseudonym only.</source>
        <translation>密封身分（{count} 筆）不隨案件檔案移交：案件檔案中僅以代號稱呼這些人。</translation>
    </message>
    <message>
        <source>{count} of them stayed with the unit that sent this case here and cannot be sent on.</source>
        <translation>其中 {count} 筆留在原移交單位，無法再轉交。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with this export?</source>
        <translation>{file} 已存在。要以這次匯出的檔案取代嗎？</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>NetPatrol — first start</source>
        <translation>網路巡邏工作站－首次設定</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HashPanel</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Re-verified</source>
        <translation>重新驗證</translation>
    </message>
    <message>
        <source>Files and hashes</source>
        <translation>檔案與雜湊值</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存複本(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the file chosen in the list to a folder of yours, checked against its SHA-256 on the way out. The copy is not encrypted, and the export is recorded in the audit log.</source>
        <translation>將清單中所選檔案寫入您指定的資料夾，寫出時逐一核對其 SHA-256。複本未加密，且此次匯出記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Re-verify hashes</source>
        <translation>重新驗證雜湊值</translation>
    </message>
    <message>
        <source>Read every stored byte back from the vault and compare it with the SHA-256 recorded when the file was captured.</source>
        <translation>從保管庫讀回每一個已儲存的位元組，並與擷取時記錄的 SHA-256 比對。</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>另存 {name} 之複本</translation>
    </message>
    <message>
        <source>The same kind of file (*{suffix});;All files (*)</source>
        <translation>同類型檔案 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>已另存複本</translation>
    </message>
    <message>
        <source>A copy of {name} is saved as
{path}

It matched the SHA-256 recorded when it was acquired, on the way out:
{sha}

The copy is not encrypted: keep it as you would the evidence. The export is in the audit log.</source>
        <translation>{name} 之複本已存為
{path}

寫出時與取得當時記錄之 SHA-256 相符：
{sha}

複本未加密，請比照證據妥善保管。此次匯出已記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Re-hashing the stored bytes…</source>
        <translation>正在重新計算已儲存內容的雜湊值…</translation>
    </message>
    <message>
        <source>✔ matches</source>
        <translation>✔ 相符</translation>
    </message>
    <message>
        <source>✘ MISMATCH: {sha}</source>
        <translation>✘ 不相符：{sha}</translation>
    </message>
    <message>
        <source>MISMATCH: files that no longer match their recorded SHA-256: {count} of {total} ({names}). Keep the vault as it is and report it.</source>
        <translation>不相符：{total} 個檔案中有 {count} 個與記錄的 SHA-256 不符（{names}）。請保持保管庫原狀並通報。</translation>
    </message>
    <message>
        <source>OK: the file matches its recorded SHA-256.</source>
        <translation>正常：檔案與記錄的 SHA-256 相符。</translation>
    </message>
    <message>
        <source>OK: all {count} files match their recorded SHA-256.</source>
        <translation>正常：全部 {count} 個檔案均與記錄的 SHA-256 相符。</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <source>Add an identifier</source>
        <translation>新增識別資料</translation>
    </message>
    <message>
        <source>Correct an identifier</source>
        <translation>更正識別資料</translation>
    </message>
    <message>
        <source>Retract an identifier</source>
        <translation>撤銷識別資料</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note (why):</source>
        <translation>附註（原因）(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. read off the image; the page shows a different handle</source>
        <translation>例如：由截圖判讀；頁面顯示的帳號不同</translation>
    </message>
</context>
<context>
    <name>IdentifiersPanel</name>
    <message>
        <source>found by rule</source>
        <translation>規則比對</translation>
    </message>
    <message>
        <source>site adapter</source>
        <translation>網站轉接器</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>員警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>來源位置</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別資料</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>顯示歷程</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>撤銷(&amp;R)…</translation>
    </message>
    <message>
        <source>Every identifier of this capture was retracted; tick “Show history” to see them.</source>
        <translation>此擷取內容之識別資料均已撤銷；勾選「顯示歷程」即可查看。</translation>
    </message>
    <message>
        <source>No account name, ID or IP address was found on this capture. Read them off the screenshot and record them with “Add…”.</source>
        <translation>此擷取內容未找到帳號名稱、ID 或 IP 位址，請依截圖辨識後以「新增…」手動補登。</translation>
    </message>
</context>
<context>
    <name>ImportCaseDialog</name>
    <message>
        <source>Import case file</source>
        <translation>匯入案件檔案</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>案件檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Passphrase (if it has one):</source>
        <translation>密碼（若有設定）：</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>檢查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>This case file is protected by a passphrase: type it here.</source>
        <translation>此案件檔案以密碼保護：請在此輸入密碼。</translation>
    </message>
    <message>
        <source>Case {number} came back signed by a key never seen for this case.

Fingerprint: {fingerprint}

Import it only if the sending unit read you this same fingerprint, by phone or on paper. Accept this key and import?</source>
        <translation>案件 {number} 退回時所用之簽章金鑰，本保管庫從未見於本案。

指紋：{fingerprint}

請僅於寄件單位已以電話或書面向您告知相同指紋時匯入。是否接受此金鑰並匯入？</translation>
    </message>
    <message>
        <source>Choose the case file and check it. Nothing is written until you import it.</source>
        <translation>請選擇案件檔案並先檢查；按下匯入之前，不會寫入任何資料。</translation>
    </message>
    <message>
        <source>Case {number} “{title}”, exported {at} by {officer} ({unit}).</source>
        <translation>案件 {number}「{title}」，由 {officer}（{unit}）於 {at} 匯出。</translation>
    </message>
    <message>
        <source>{files} ({bytes} bytes), matching the SHA-256 values in the signed manifest.</source>
        <translation>{files}（{bytes} 位元組），皆與已簽章清單所載之 SHA-256 相符。</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>簽章金鑰指紋：{fingerprint}</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sending unit before importing.</source>
        <translation>匯入前請向寄件單位核對此指紋。</translation>
    </message>
    <message>
        <source>The sender sent 1 sealed identity with the case, with a reason recorded in their audit log. Importing seals it in this vault unless this vault holds it already; it is read only through a reveal.</source>
        <translation>寄件單位已一併移交 1 筆密封身分，事由記於該單位之稽核紀錄。匯入時會在本保管庫密封（本保管庫已存有者除外），僅能經揭露程序檢視。</translation>
    </message>
    <message>
        <source>The sender sent {count} sealed identities with the case, with a reason recorded in their audit log. Importing seals those this vault does not hold yet; they are read only through a reveal.</source>
        <translation>寄件單位已一併移交 {count} 筆密封身分，事由記於該單位之稽核紀錄。匯入時僅密封本保管庫尚未存有者，僅能經揭露程序檢視。</translation>
    </message>
    <message>
        <source>Sealed identities ({count}) stayed with the sending unit.</source>
        <translation>密封身分（{count} 筆）留在寄件單位。</translation>
    </message>
    <message>
        <source>This case is here already, as {number}: it came back. Importing adds what the other unit added to it and changes nothing here.</source>
        <translation>本案已在本保管庫，案號 {number}，為退回之案件。匯入時僅新增對方單位所增加之內容，不變更本保管庫原有資料。</translation>
    </message>
    <message>
        <source>Its signing key was never seen for this case: importing asks you to accept its fingerprint.</source>
        <translation>其簽章金鑰從未見於本案：匯入時將請您確認接受其指紋。</translation>
    </message>
    <message>
        <source>You accepted the signing key {fingerprint} for this case; the acceptance is recorded in the audit log.</source>
        <translation>您已就本案接受簽章金鑰 {fingerprint}；此項接受已記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Received as case {number}.</source>
        <translation>已收為本單位案件 {number}。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Workstation keys for case files</source>
        <translation>案件檔案用工作站金鑰</translation>
    </message>
    <message>
        <source>Units that send you a case file encrypt it to the workstation key below. Case files you send are signed with this vault&apos;s signing key: read its fingerprint out to the receiving unit, who compares it with the one their NetPatrol shows.</source>
        <translation>他單位寄送案件檔案給您時，以下方的工作站金鑰加密。您寄出的案件檔案以本保管庫的簽章金鑰簽章：請將其指紋唸給收件單位，由其與該單位 NetPatrol 顯示的指紋核對。</translation>
    </message>
    <message>
        <source>Workstation key:</source>
        <translation>工作站金鑰：</translation>
    </message>
    <message>
        <source>Signing key fingerprint:</source>
        <translation>簽章金鑰指紋：</translation>
    </message>
    <message>
        <source>&amp;Copy the workstation key</source>
        <translation>複製工作站金鑰(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeywordPatrolDialog</name>
    <message>
        <source>Keyword patrol</source>
        <translation>關鍵字巡邏</translation>
    </message>
    <message>
        <source>or type a keyword</source>
        <translation>或輸入關鍵字</translation>
    </message>
    <message>
        <source>Keywords of the set</source>
        <translation>關鍵字組內的關鍵字</translation>
    </message>
    <message>
        <source>Keyword of your own</source>
        <translation>自訂關鍵字</translation>
    </message>
    <message>
        <source>Add to my keywords</source>
        <translation>加入我的關鍵字</translation>
    </message>
    <message>
        <source>No search page (open them from the sidebar): {names}</source>
        <translation>無搜尋頁面（請由側邊欄開啟）：{names}</translation>
    </message>
    <message>
        <source>Open searches</source>
        <translation>開啟搜尋</translation>
    </message>
    <message>
        <source>Keyword set</source>
        <translation>關鍵字組</translation>
    </message>
    <message>
        <source>Platforms with a search page</source>
        <translation>有搜尋頁面的平臺</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不選</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock vault</source>
        <translation>鎖定保管庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock vault…</source>
        <translation>解鎖保管庫(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>備份保管庫(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新增案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>新增關係人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reveal sealed identity…</source>
        <translation>檢視密封身分(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export case file…</source>
        <translation>匯出案件檔案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>匯入案件檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Workstation &amp;keys for case files…</source>
        <translation>案件檔案用工作站金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>案件清單(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify vault integrity…</source>
        <translation>驗證保管庫完整性(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Vault &amp;audit log…</source>
        <translation>保管庫稽核紀錄(&amp;A)…</translation>
    </message>
    <message>
        <source>Check a file&apos;s &amp;origin…</source>
        <translation>核對檔案來源(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟紀錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About NetPatrol</source>
        <translation>關於網路巡邏工作站(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>The vault is locked.
Cases and evidence are hidden until it is unlocked.</source>
        <translation>保管庫已鎖定。
解鎖前，案件與證據均不顯示。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解鎖(&amp;U)…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>請檢查電腦時間</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>保管庫已升級</translation>
    </message>
    <message>
        <source>NetPatrol is already running</source>
        <translation>網路巡邏工作站已在執行中</translation>
    </message>
    <message>
        <source>NetPatrol was started again for the vault {asked}. This window keeps {current}: to open the other one, close NetPatrol, then start it again with that vault.</source>
        <translation>網路巡邏工作站又以保管庫 {asked} 啟動了一次。本視窗仍使用 {current}：若要開啟另一個保管庫，請先關閉網路巡邏工作站，再以該保管庫重新啟動。</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保管庫已鎖定</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>保管庫已解鎖</translation>
    </message>
    <message>
        <source>Officer: {officer} ({unit})</source>
        <translation>承辦人：{officer}（{unit}）</translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation>承辦人：{officer}</translation>
    </message>
    <message>
        <source>Unsaved case details</source>
        <translation>案件資料尚未儲存</translation>
    </message>
    <message>
        <source>The details of case {number} were changed and not saved.</source>
        <translation>案件 {number} 的資料已修改但尚未儲存。</translation>
    </message>
    <message>
        <source>Audit chain #{seq} {digest}</source>
        <translation>稽核鏈 #{seq} {digest}</translation>
    </message>
    <message>
        <source>NetPatrol</source>
        <translation>網路巡邏工作站</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>請先選擇案件。</translation>
    </message>
    <message>
        <source>Choose a sealed person in the case&apos;s People tab first.</source>
        <translation>請先在案件的「關係人」分頁選擇一位身分密封的關係人。</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>正在驗證保管庫…</translation>
    </message>
    <message>
        <source>Verifying the vault… evidence files re-hashed: {done} of {total}</source>
        <translation>正在驗證保管庫…已重新計算雜湊值的證據檔案：{done}／{total}</translation>
    </message>
    <message>
        <source>The vault is intact: {entries}, {rows} and {files} checked.</source>
        <translation>保管庫完整無誤：已檢查 {entries}、{rows}及 {files}。</translation>
    </message>
    <message>
        <source>1 audit entry</source>
        <translation>1 筆稽核紀錄</translation>
    </message>
    <message>
        <source>{count} audit entries</source>
        <translation>{count} 筆稽核紀錄</translation>
    </message>
    <message>
        <source>1 evidence row</source>
        <translation>1 筆證據資料列</translation>
    </message>
    <message>
        <source>{count} evidence rows</source>
        <translation>{count} 筆證據資料列</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>保管庫驗證完成</translation>
    </message>
    <message>
        <source>Integrity problem</source>
        <translation>完整性異常</translation>
    </message>
    <message>
        <source>The vault failed verification. Keep the file as it is and report it:
{problems}</source>
        <translation>保管庫驗證未通過。請保留檔案原狀並立即通報：
{problems}</translation>
    </message>
    <message>
        <source>NetPatrol is already running for this user account, but its window does not answer. Wait a moment and try again; if it still does not answer, sign out and sign in again.</source>
        <translation>網路巡邏工作站已在這個使用者帳戶下執行，但其視窗沒有回應。請稍候再試一次；若仍無回應，請登出後再重新登入。</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>瀏覽器</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>擷取內容</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案由(&amp;T)：</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平臺：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>What the case is about, without any victim&apos;s name</source>
        <translation>案件概要（請勿填寫被害人姓名）</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>建立案件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再輸入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least {n} characters; a short sentence is best</source>
        <translation>至少 {n} 個字元，建議用一句短句</translation>
    </message>
    <message>
        <source>Minimum {n} characters.</source>
        <translation>至少 {n} 個字元。</translation>
    </message>
    <message>
        <source>Meets the passphrase rule ({count} characters).</source>
        <translation>符合密碼規則（{count} 個字元）。</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>兩次輸入相符。</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>兩次輸入不相符。</translation>
    </message>
</context>
<context>
    <name>NewPersonaDialog</name>
    <message>
        <source>New persona</source>
        <translation>新增身分</translation>
    </message>
    <message>
        <source>A persona is the browser of one undercover account: its cookies and site data are kept apart from every other persona and stay from one patrol to the next, so the account stays signed in. The patrol log and every capture record which persona was used.</source>
        <translation>每個身分是一個偵查用帳號專用的瀏覽器：其 Cookie 與網站資料與其他身分完全分開，並在各次巡邏之間保留，讓帳號維持登入。勤務紀錄與每筆擷取都會記錄所用的身分。</translation>
    </message>
    <message>
        <source>e.g. the account&apos;s screen name</source>
        <translation>例如該帳號的顯示名稱</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>尚未選擇資料夾</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>⚠ NetPatrol does not encrypt what a persona stores. Anyone who can read this folder can use the account: choose a folder on an encrypted drive (BitLocker).</source>
        <translation>⚠ 網路巡邏工作站不會加密身分所存的資料，任何能讀取此資料夾的人都能使用該帳號：請選擇位於加密磁碟（BitLocker）上的資料夾。</translation>
    </message>
    <message>
        <source>Create persona</source>
        <translation>建立身分</translation>
    </message>
    <message>
        <source>Name (shown in the patrol log):</source>
        <translation>名稱（顯示於勤務紀錄）：</translation>
    </message>
    <message>
        <source>Folder for personas:</source>
        <translation>身分資料夾：</translation>
    </message>
    <message>
        <source>Folder for persistent personas</source>
        <translation>保存身分的資料夾</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>OfflinePageViewer</name>
    <message>
        <source>Saved page (offline, read-only) — {title}</source>
        <translation>網頁存檔（離線、唯讀）— {title}</translation>
    </message>
    <message>
        <source>Offline copy from the vault: scripts are off and nothing is fetched from the internet (requests blocked: {blocked}). Links do not work here.</source>
        <translation>保管庫中的離線副本：指令碼已停用，不會從網路取得任何內容（已封鎖 {blocked} 個請求）。此處連結無作用。</translation>
    </message>
    <message>
        <source>Pictures and videos are blurred: click one to see it.</source>
        <translation>圖片與影片已模糊處理，點選單張即可顯示。</translation>
    </message>
</context>
<context>
    <name>PatrolLogDialog</name>
    <message>
        <source>Patrol log</source>
        <translation>勤務紀錄</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>存成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The patrol or the day shown, for the duty file (in Chinese, with ROC dates); recorded in the audit log.</source>
        <translation>將目前顯示的巡邏或當日紀錄存成 PDF 以供歸檔（中文、民國日期）；並記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Save patrol log as PDF</source>
        <translation>將勤務紀錄存成 PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}).</source>
        <translation>已存檔：{file}（SHA-256 {sha256}）。</translation>
    </message>
</context>
<context>
    <name>PatrolLogView</name>
    <message>
        <source>By patrol</source>
        <translation>依巡邏</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>依日期</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>List the log</source>
        <translation>紀錄分組方式</translation>
    </message>
    <message>
        <source>Patrols or days</source>
        <translation>巡邏或日期</translation>
    </message>
    <message>
        <source>Pages and events</source>
        <translation>網頁與事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>分頁</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Nothing has been logged yet. Start a patrol to keep a duty log.</source>
        <translation>尚無紀錄。開始巡邏即會記錄勤務紀錄。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中斷</translation>
    </message>
    <message>
        <source>{start} – {state} (pages: {pages})</source>
        <translation>{start} – {state}（{pages} 頁）</translation>
    </message>
    <message>
        <source>Pages visited: {count}.</source>
        <translation>共瀏覽 {count} 頁。</translation>
    </message>
    <message>
        <source>Patrol {ident} by {officer} on {workstation}.</source>
        <translation>巡邏 {ident}：{officer}，工作站 {workstation}。</translation>
    </message>
    <message>
        <source>All patrols on {day}.</source>
        <translation>{day} 的全部巡邏。</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>&amp;From:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>結束日(&amp;T)：</translation>
    </message>
    <message>
        <source>114/07/01 or 2025-07-01</source>
        <translation>114/07/01 或 2025-07-01</translation>
    </message>
</context>
<context>
    <name>PlatformsEditor</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Search address ({q})</source>
        <translation>搜尋網址（{q}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {problem}</source>
        <translation>第 {row} 列（{name}）：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 列：{problem}</translation>
    </message>
</context>
<context>
    <name>PlatformsEditorDialog</name>
    <message>
        <source>Platforms</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Check a file&apos;s origin</source>
        <translation>核對檔案來源</translation>
    </message>
    <message>
        <source>Choose (or drop here) files handed back to you: a document&apos;s PDF, an exported evidence file, a case file. Each is hashed and looked up in this vault&apos;s audit chain and evidence: a file this vault issued, sent, received or holds is named with its audit entry; a changed copy is not found. Nothing is recorded. For a paper page, type the chain head printed in its footer.</source>
        <translation>請選擇（或拖放至此）送回核對的檔案：文件 PDF、匯出的證據檔案或案件檔案。系統會計算每個檔案的雜湊值，並在本保管庫的稽核鏈及證據中比對：凡本保管庫產製、移交、接收或保存的檔案，會列出其稽核紀錄；內容經更動的複本則比對不到。核對本身不會留下紀錄。紙本文件請輸入頁尾所印的稽核鏈末端。</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>查核結果</translation>
    </message>
    <message>
        <source>A page&apos;s chain &amp;head:</source>
        <translation>紙本頁尾稽核鏈末端(&amp;H)：</translation>
    </message>
    <message>
        <source>as in the footer, e.g. 576:b2283c1e</source>
        <translation>依頁尾所印，例如 576:b2283c1e</translation>
    </message>
    <message>
        <source>Chec&amp;k the page</source>
        <translation>核對紙本(&amp;K)</translation>
    </message>
    <message>
        <source>Cop&amp;y the results</source>
        <translation>複製結果(&amp;Y)</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>尚未核對任何檔案。</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>要核對的檔案</translation>
    </message>
    <message>
        <source>✔ A page whose footer reads {seq}:{typed}: printed from this vault</source>
        <translation>✔ 頁尾為 {seq}:{typed} 的紙本：由本保管庫列印</translation>
    </message>
    <message>
        <source>✘ A page whose footer reads {seq}:{typed}: not printed from this vault</source>
        <translation>✘ 頁尾為 {seq}:{typed} 的紙本：並非由本保管庫列印</translation>
    </message>
    <message>
        <source>✘ {file}: could not be read</source>
        <translation>✘ {file}：無法讀取</translation>
    </message>
    <message>
        <source>✔ {file}: known to this vault, unchanged</source>
        <translation>✔ {file}：與本保管庫紀錄相符，未經更動</translation>
    </message>
    <message>
        <source>✘ {file}: not found in this vault</source>
        <translation>✘ {file}：本保管庫查無此檔案</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查詢位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecheckOptionsDialog</name>
    <message>
        <source>Takedown re-check</source>
        <translation>下架複查</translation>
    </message>
    <message>
        <source>Re-check every captured address of case {case} in a separate headless browser. Each result is stored as evidence with its screenshot.</source>
        <translation>以獨立的無頭瀏覽器複查案件 {case} 的每個蒐證網址；每筆結果連同截圖保存為證據。</translation>
    </message>
    <message>
        <source>&amp;Clean browser, no cookies (what the public sees; recommended)</source>
        <translation>乾淨的瀏覽器，不帶 Cookie（即一般民眾所見；建議）(&amp;C)</translation>
    </message>
    <message>
        <source>With a &amp;persona&apos;s saved cookies (only when the content needs a login):</source>
        <translation>使用巡邏身分保存的 Cookie（僅限內容須登入才能檢視時）(&amp;P)：</translation>
    </message>
    <message>
        <source>Storage-state file (.json)</source>
        <translation>登入狀態檔（.json）</translation>
    </message>
    <message>
        <source>Persona&apos;s storage-state file</source>
        <translation>身分的登入狀態檔</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Start re-check</source>
        <translation>開始複查(&amp;S)</translation>
    </message>
    <message>
        <source>Persona cookies</source>
        <translation>巡邏身分 Cookie</translation>
    </message>
    <message>
        <source>Storage state (*.json)</source>
        <translation>登入狀態檔 (*.json)</translation>
    </message>
    <message>
        <source>Starting with a clean browser in {seconds} s.</source>
        <translation>{seconds} 秒後以乾淨的瀏覽器開始複查。</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s storage-state file, or use a clean browser.</source>
        <translation>請選擇巡邏身分的登入狀態檔，或改用乾淨的瀏覽器。</translation>
    </message>
</context>
<context>
    <name>RecheckPanel</name>
    <message>
        <source>Opens every captured address of this case again in a clean headless browser and records whether the content was removed, restricted or is still online. Each result is kept as evidence (screenshot, HTTP status, final address).</source>
        <translation>以乾淨的無頭瀏覽器重新開啟本案每個蒐證網址，記錄內容已移除、已限制瀏覽或仍在線上；每筆結果均保存為證據（截圖、HTTP 狀態碼、最終網址）。</translation>
    </message>
    <message>
        <source>&amp;Re-check now…</source>
        <translation>立即複查(&amp;R)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Still online: the social authority may ask TWNIC for DNS RPZ blocking (guideline 伍.二). Prepare the request with its evidence.</source>
        <translation>內容仍在線上：社會局得函請 TWNIC 停止解析（DNS RPZ，規定伍.二），請備妥請求文件及事證。</translation>
    </message>
    <message>
        <source>DNS RPZ request…</source>
        <translation>DNS RPZ 請求文件…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 狀態碼</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>最終網址</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判定依據</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>蒐證紀錄</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>複查時間</translation>
    </message>
    <message>
        <source>Re-check results</source>
        <translation>複查結果</translation>
    </message>
    <message>
        <source>Starting the browser…</source>
        <translation>正在啟動瀏覽器…</translation>
    </message>
    <message>
        <source>1 earlier re-check of this case.</source>
        <translation>本案先前的複查 1 筆。</translation>
    </message>
    <message>
        <source>{count} earlier re-checks of this case, newest first.</source>
        <translation>本案先前的複查 {count} 筆，最新的在前。</translation>
    </message>
    <message>
        <source>Re-checking…</source>
        <translation>複查中…</translation>
    </message>
    <message>
        <source>This case has not been re-checked yet. Once the platform has been told to remove the content, re-check that it is gone: the result is kept as evidence (guideline 伍.二).</source>
        <translation>本案尚未複查。平臺經通知移除內容後，請複查內容是否已移除，結果將保存為證據（規定伍.二）。</translation>
    </message>
    <message>
        <source>%v of %m addresses</source>
        <translation>%v / %m 個網址</translation>
    </message>
    <message>
        <source>Re-checking address {n} of {total}…</source>
        <translation>正在複查第 {n} 個網址（共 {total} 個）…</translation>
    </message>
    <message>
        <source>Re-check finished: {removed} removed, {restricted} restricted, {online} still online, {unknown} unknown.</source>
        <translation>複查完成：已移除 {removed}、已限制瀏覽 {restricted}、仍在線上 {online}、無法判定 {unknown}。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>{count} deadlines need attention. {first}</source>
        <translation>有 {count} 個期限需要處理。{first}</translation>
    </message>
    <message>
        <source>NetPatrol deadline</source>
        <translation>網路巡邏工作站時限提醒</translation>
    </message>
    <message>
        <source>Case {case}: {clock} is overdue (deadline {deadline}, {left}).</source>
        <translation>案件 {case}：{clock}已逾期（期限 {deadline}，{left}）。</translation>
    </message>
    <message>
        <source>Case {case}: {clock} is due at {deadline} ({left}).</source>
        <translation>案件 {case}：{clock}將於 {deadline} 到期（{left}）。</translation>
    </message>
    <message>
        <source>…and {count} more: the Clocks tab lists every running clock.</source>
        <translation>……另有 {count} 則提醒：「期限」分頁列出所有計時中的期限。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>開啟案件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉提醒</translation>
    </message>
</context>
<context>
    <name>RenderViewContextMenuQt</name>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Paste and match style</source>
        <translation>貼上並符合樣式</translation>
    </message>
    <message>
        <source>Open link in new window</source>
        <translation>在新視窗中開啟連結</translation>
    </message>
    <message>
        <source>Open link in new tab</source>
        <translation>在新分頁中開啟連結</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>複製連結網址</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>儲存連結</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <source>Copy image address</source>
        <translation>複製圖片網址</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <source>Copy media address</source>
        <translation>複製媒體網址</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>顯示控制項</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循環播放</translation>
    </message>
    <message>
        <source>Save media</source>
        <translation>儲存媒體</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>結束全螢幕</translation>
    </message>
    <message>
        <source>Save page</source>
        <translation>儲存網頁</translation>
    </message>
    <message>
        <source>View page source</source>
        <translation>檢視網頁原始碼</translation>
    </message>
</context>
<context>
    <name>RevealRequestDialog</name>
    <message>
        <source>Reveal a sealed identity</source>
        <translation>檢視密封身分</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for 1 minute only.</source>
        <translation>{pseudonym}的身分依法密封。檢視時，您的姓名與理由將記入稽核紀錄，且身分只會顯示 1 分鐘。</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} is sealed by law. Revealing it is recorded in the audit log with your name and reason, and it is shown for {count} minutes only.</source>
        <translation>{pseudonym}的身分依法密封。檢視時，您的姓名與理由將記入稽核紀錄，且身分只會顯示 {count} 分鐘。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why must this identity be seen now? (required)</source>
        <translation>為何現在必須檢視此身分？（必填）</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>檢視(&amp;V)</translation>
    </message>
</context>
<context>
    <name>RevealedIdentityDialog</name>
    <message>
        <source>Sealed identity: {pseudonym}</source>
        <translation>密封身分：{pseudonym}</translation>
    </message>
    <message>
        <source>Revealed for: {reason}. Do not copy, photograph or pass on; it hides itself at {time}.</source>
        <translation>檢視理由：{reason}。請勿抄錄、拍攝或轉知他人；將於 {time} 自動隱藏。</translation>
    </message>
    <message>
        <source>Hidden in {minutes}:{seconds:02d}</source>
        <translation>{minutes}:{seconds:02d} 後隱藏</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>承辦人姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>閒置多久後自動鎖定(&amp;I)：</translation>
    </message>
    <message>
        <source>Show revealed identity for (minutes):</source>
        <translation>密封身分顯示時間：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Patrol platforms:</source>
        <translation>巡邏平臺：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>變更密碼(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit &amp;platforms…</source>
        <translation>編輯平臺(&amp;P)…</translation>
    </message>
    <message>
        <source>The platforms of the browser&apos;s launcher and keyword patrols: name, home page, search address, notes.</source>
        <translation>瀏覽器平臺清單與關鍵字巡邏所用的平臺：名稱、首頁、搜尋網址、備註。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name: it is recorded with every action.</source>
        <translation>請輸入承辦人姓名：每項操作都會記錄承辦人。</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics for the performance evaluation</source>
        <translation>績效評核統計</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>統計(&amp;C)</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>統計結果</translation>
    </message>
    <message>
        <source>Cop&amp;y the figures</source>
        <translation>複製統計結果(&amp;Y)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>存成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the statistics sheet as PDF</source>
        <translation>將績效統計表存成 PDF</translation>
    </message>
    <message>
        <source>Saved {file} (SHA-256 {sha256}).</source>
        <translation>已存檔：{file}（SHA-256 {sha256}），並已寫入稽核紀錄。</translation>
    </message>
</context>
<context>
    <name>StoreAgainBox</name>
    <message>
        <source>The capture is kept until you choose. Free space on the vault&apos;s disk (or reconnect it), then store it again; Discard drops it for good.</source>
        <translation>擷取內容會保留到您做出選擇。請先釋出保管庫所在磁碟的空間（或重新連接該磁碟），再重新儲存；選擇「捨棄擷取」則永久刪除。</translation>
    </message>
    <message>
        <source>&amp;Store again</source>
        <translation>重新儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard capture</source>
        <translation>捨棄擷取(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <source>Mark step done</source>
        <translation>標記步驟完成</translation>
    </message>
    <message>
        <source>When it happened (Taipei time)</source>
        <translation>辦理時間（臺北時間）</translation>
    </message>
    <message>
        <source>When it happened (Taipei time):</source>
        <translation>辦理時間（臺北時間）：</translation>
    </message>
    <message>
        <source>What was done, with whom, reference numbers…</source>
        <translation>辦理情形、聯繫對象、文號…</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>附註（必填）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>附註：</translation>
    </message>
    <message>
        <source>Evidence it rests on:</source>
        <translation>依據之證據：</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <source>Fill in what is marked (required) first.</source>
        <translation>請先填寫標示（必填）的項目。</translation>
    </message>
    <message>
        <source>{label} (required):</source>
        <translation>{label}（必填）：</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已確定</translation>
    </message>
    <message>
        <source>artifact {description}</source>
        <translation>證據檔案 {description}</translation>
    </message>
    <message>
        <source>capture ({kind})</source>
        <translation>擷取（{kind}）</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>（不完整）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the vault</source>
        <translation>解鎖保管庫</translation>
    </message>
    <message>
        <source>The vault is locked. Enter its passphrase to continue.</source>
        <translation>保管庫已鎖定，請輸入密碼以繼續。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
</context>
<context>
    <name>VaultAuditDialog</name>
    <message>
        <source>Vault audit log</source>
        <translation>保管庫稽核紀錄</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>動作類別(&amp;A)：</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部動作</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>存成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Every entry listed, for the supervisor&apos;s file (in Chinese, with ROC dates); recorded in the audit log.</source>
        <translation>列出的每一筆紀錄，供主管審閱存查（中文、民國日期）；列印本身會記入稽核紀錄。</translation>
    </message>
    <message>
        <source>1 entry of the audit chain was recorded from {first} to {last}.</source>
        <translation>{first} 至 {last} 稽核鏈共記錄 1 筆。</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain were recorded from {first} to {last}, newest first.</source>
        <translation>{first} 至 {last} 稽核鏈共記錄 {count} 筆，由新到舊排列。</translation>
    </message>
    <message>
        <source>1 entry of the audit chain from {first} to {last} is of the actions chosen ({group}).</source>
        <translation>{first} 至 {last} 稽核鏈中屬所選動作類別（{group}）者共 1 筆。</translation>
    </message>
    <message>
        <source>{count} entries of the audit chain from {first} to {last} are of the actions chosen ({group}), newest first.</source>
        <translation>{first} 至 {last} 稽核鏈中屬所選動作類別（{group}）者共 {count} 筆，由新到舊排列。</translation>
    </message>
    <message>
        <source>Each carries the hash of the one before it, so none can be changed or removed unnoticed.</source>
        <translation>每筆紀錄都帶有前一筆的雜湊值，任何一筆遭修改或刪除都會被發現。</translation>
    </message>
    <message>
        <source>Double-click an entry of a case to open the case.</source>
        <translation>按兩下案件的紀錄即可開啟該案件。</translation>
    </message>
    <message>
        <source>Only the newest {shown} are listed: choose a shorter period for the others (the PDF holds them all).</source>
        <translation>僅列出最新的 {shown} 筆；其餘請縮短期間查看（存成 PDF 時全部列印）。</translation>
    </message>
    <message>
        <source>Save the vault audit log as PDF</source>
        <translation>將保管庫稽核紀錄存成 PDF</translation>
    </message>
    <message>
        <source>Saved {file}; entries printed: {entries} (SHA-256 {sha256}).</source>
        <translation>已儲存 {file}：共列印 {entries} 筆（SHA-256 {sha256}），並已寫入稽核紀錄。</translation>
    </message>
    <message>
        <source>The audit chain is broken: {reason} The printed log says so too; Tools → Verify vault integrity names every problem.</source>
        <translation>稽核鏈已斷裂：{reason}列印的紀錄上也會載明；請以「工具 → 驗證保管庫完整性」查看所有問題。</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件檔案</translation>
    </message>
    <message>
        <source>NetPatrol case files (*.npcase);;All files (*)</source>
        <translation>NetPatrol 案件檔案 (*.npcase);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save case file as</source>
        <translation>案件檔案存檔位置</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>開啟案件檔案</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <source>Welcome to NetPatrol</source>
        <translation>歡迎使用網路巡邏工作站</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>This workstation keeps every case, capture and sealed identity in one encrypted vault. The next pages set who works here, the passphrase that opens the vault, and where the vault file is kept.

The passphrase cannot be recovered: if it is lost, so is the vault.</source>
        <translation>本工作站將所有案件、擷取證據與密封身分保存在一個加密保管庫中。接下來將設定使用本工作站的承辦人、開啟保管庫的密碼，以及保管庫檔案的存放位置。

密碼無法找回：遺失密碼即無法開啟保管庫。</translation>
    </message>
</context>
<context>
    <name>_LocationPage</name>
    <message>
        <source>Vault location</source>
        <translation>保管庫位置</translation>
    </message>
    <message>
        <source>One encrypted file. Keep it on this workstation&apos;s own disk and back it up.</source>
        <translation>保管庫是一個加密檔案，請存放在本工作站的硬碟並定期備份。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <source>Press Finish to create the vault. This takes a few seconds.</source>
        <translation>按「完成」建立保管庫，約需數秒鐘。</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>保管庫檔案</translation>
    </message>
    <message>
        <source>NetPatrol vault (*.npv)</source>
        <translation>網路巡邏工作站保管庫 (*.npv)</translation>
    </message>
</context>
<context>
    <name>_OfficerPage</name>
    <message>
        <source>Officer and unit</source>
        <translation>承辦人與單位</translation>
    </message>
    <message>
        <source>Recorded with every action in the audit log and printed on documents.</source>
        <translation>每項操作都會連同承辦人記入稽核紀錄，並印在文件上。</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>承辦人姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Case number for&amp;mat:</source>
        <translation>案號格式(&amp;M)：</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>第一個案號：</translation>
    </message>
    <message>
        <source>{roc_year} is the ROC year, {year} the Western year, {seq:04d} the running number.</source>
        <translation>{roc_year} 為民國年，{year} 為西元年，{seq:04d} 為流水號。</translation>
    </message>
    <message>
        <source>Not a usable format: it needs {seq}.</source>
        <translation>格式無法使用：必須包含 {seq}。</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Vault passphrase</source>
        <translation>保管庫密碼</translation>
    </message>
    <message>
        <source>Needed to unlock the vault and to reveal a sealed identity. Nobody can reset it.</source>
        <translation>解鎖保管庫與檢視密封身分時都需要此密碼，任何人都無法重設。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不可與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須指定下列參數之一：%s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>此選項不接受值（多給了 %r）</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項 %(option)s 不明確，可能是：%(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>非預期的選項：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法開啟「%(filename)s」：%(error)s</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation>建立保管庫</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>解鎖保管庫</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>鎖定保管庫</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Vault integrity verified</source>
        <translation>驗證保管庫完整性</translation>
    </message>
    <message>
        <source>Officer or unit changed</source>
        <translation>變更承辦人或單位</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>新增關係人</translation>
    </message>
    <message>
        <source>Sealed identity revealed</source>
        <translation>檢視密封身分</translation>
    </message>
    <message>
        <source>Reveal refused (wrong passphrase)</source>
        <translation>檢視密封身分遭拒（密碼錯誤）</translation>
    </message>
    <message>
        <source>Sealed identity sent with a case file</source>
        <translation>密封身分隨案件檔案移交</translation>
    </message>
    <message>
        <source>Sending sealed identities refused (wrong passphrase)</source>
        <translation>移交密封身分遭拒（密碼錯誤）</translation>
    </message>
    <message>
        <source>Capture stored</source>
        <translation>存入擷取內容</translation>
    </message>
    <message>
        <source>Capture hashes re-verified</source>
        <translation>重新驗證擷取雜湊值</translation>
    </message>
    <message>
        <source>Evidence file stored</source>
        <translation>存入證據檔案</translation>
    </message>
    <message>
        <source>Evidence file opened</source>
        <translation>開啟證據檔案</translation>
    </message>
    <message>
        <source>Evidence file exported</source>
        <translation>匯出證據檔案</translation>
    </message>
    <message>
        <source>Identifier recorded</source>
        <translation>記錄識別資料</translation>
    </message>
    <message>
        <source>Identifier corrected</source>
        <translation>更正識別資料</translation>
    </message>
    <message>
        <source>Identifier withdrawn</source>
        <translation>撤回識別資料</translation>
    </message>
    <message>
        <source>Step marked done</source>
        <translation>標記步驟完成</translation>
    </message>
    <message>
        <source>Step done automatically</source>
        <translation>步驟自動完成</translation>
    </message>
    <message>
        <source>Step undone</source>
        <translation>撤銷步驟</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>產製文件</translation>
    </message>
    <message>
        <source>Document text copied</source>
        <translation>複製文件文字</translation>
    </message>
    <message>
        <source>Patrol started</source>
        <translation>開始巡邏</translation>
    </message>
    <message>
        <source>Patrol stopped</source>
        <translation>結束巡邏</translation>
    </message>
    <message>
        <source>Patrol log viewed</source>
        <translation>檢視勤務紀錄</translation>
    </message>
    <message>
        <source>Download stored</source>
        <translation>存入下載檔案</translation>
    </message>
    <message>
        <source>Persona created</source>
        <translation>新增身分</translation>
    </message>
    <message>
        <source>Certificate error overridden</source>
        <translation>略過憑證錯誤</translation>
    </message>
    <message>
        <source>Hand-off keys created</source>
        <translation>建立案件檔案金鑰</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>匯出案件檔案</translation>
    </message>
    <message>
        <source>Case received from a case file</source>
        <translation>由案件檔案收案</translation>
    </message>
    <message>
        <source>Case file received for a case already here: its additions</source>
        <translation>收受既有案件之案件檔案（補充內容）</translation>
    </message>
    <message>
        <source>Person received</source>
        <translation>收入關係人</translation>
    </message>
    <message>
        <source>Sealed identity received for a person already here</source>
        <translation>收到本保管庫既有關係人之密封身分</translation>
    </message>
    <message>
        <source>Capture received</source>
        <translation>收入擷取內容</translation>
    </message>
    <message>
        <source>Evidence file received</source>
        <translation>收入證據檔案</translation>
    </message>
    <message>
        <source>Identifier received</source>
        <translation>收入識別資料</translation>
    </message>
    <message>
        <source>Step received</source>
        <translation>收入檢核步驟</translation>
    </message>
    <message>
        <source>Sealed identities: reveals, refusals, sending</source>
        <translation>密封身分：檢視、遭拒、移交</translation>
    </message>
    <message>
        <source>Evidence: captures, files, downloads, identifiers</source>
        <translation>證據：擷取、證據檔案、下載、識別資料</translation>
    </message>
    <message>
        <source>Documents issued and copied</source>
        <translation>產製及複製文件</translation>
    </message>
    <message>
        <source>Case files sent and received, hand-off keys</source>
        <translation>案件檔案移交及接收、案件檔案金鑰</translation>
    </message>
    <message>
        <source>Cases, people and steps</source>
        <translation>案件、關係人及處理步驟</translation>
    </message>
    <message>
        <source>Patrols, personas, certificate overrides</source>
        <translation>巡邏、巡邏身分、略過憑證錯誤</translation>
    </message>
    <message>
        <source>Steps back of the clock found</source>
        <translation>發現時鐘倒退次數</translation>
    </message>
    <message>
        <source>Clock behind the last entry by</source>
        <translation>時鐘較最後一筆紀錄慢</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>結束日</translation>
    </message>
    <message>
        <source>Actions printed</source>
        <translation>列印動作類別</translation>
    </message>
    <message>
        <source>Entries printed</source>
        <translation>列印筆數</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡邏</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>已升級</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更項目</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>新增關係人</translation>
    </message>
    <message>
        <source>Captures added</source>
        <translation>新增擷取</translation>
    </message>
    <message>
        <source>Evidence files added</source>
        <translation>新增證據檔案</translation>
    </message>
    <message>
        <source>Identifiers added</source>
        <translation>新增識別資料</translation>
    </message>
    <message>
        <source>Step records added</source>
        <translation>新增步驟紀錄</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>紀錄雜湊</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分別</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案數</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>流程版本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>備份保管庫</translation>
    </message>
    <message>
        <source>Vault: unlocks, locks, integrity checks, passphrase, officer</source>
        <translation>保管庫：解鎖、鎖定、完整性驗證、密碼、承辦人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>擷取</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息數</translation>
    </message>
    <message>
        <source>All match</source>
        <translation>全部相符</translation>
    </message>
    <message>
        <source>Audit entries checked</source>
        <translation>已核對稽核紀錄筆數</translation>
    </message>
    <message>
        <source>Evidence rows checked</source>
        <translation>已核對證據資料列數</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>已核對檔案數</translation>
    </message>
    <message>
        <source>Bytes re-hashed</source>
        <translation>重新計算雜湊之位元組數</translation>
    </message>
    <message>
        <source>Chain head checked</source>
        <translation>核對時之稽核鏈末端</translation>
    </message>
    <message>
        <source>Last audit entry in the copy</source>
        <translation>備份所含最後一筆稽核紀錄</translation>
    </message>
    <message>
        <source>First broken entry</source>
        <translation>首筆斷裂紀錄</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>發現問題數</translation>
    </message>
    <message>
        <source>Not matching</source>
        <translation>不相符</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>紀錄筆數</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>檢視方式</translation>
    </message>
    <message>
        <source>Copy kept from before the upgrade</source>
        <translation>升級前另存之副本</translation>
    </message>
    <message>
        <source>SHA-256 of that copy</source>
        <translation>該副本之 SHA-256</translation>
    </message>
    <message>
        <source>Sealed people marked, so documents print their pseudonyms</source>
        <translation>已為身分密封之人建立比對標記，文件改印其代號</translation>
    </message>
    <message>
        <source>Passphrase change that did not finish (entry number; the passphrase stayed as before)</source>
        <translation>未完成之密碼變更（稽核紀錄序號；密碼維持原狀）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Encrypted to</source>
        <translation>加密對象</translation>
    </message>
    <message>
        <source>Workstation key</source>
        <translation>工作站金鑰</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>簽章金鑰指紋</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>清單 SHA-256</translation>
    </message>
    <message>
        <source>Case file SHA-256</source>
        <translation>案件檔案 SHA-256</translation>
    </message>
    <message>
        <source>Sender&apos;s case number</source>
        <translation>寄件單位案號</translation>
    </message>
    <message>
        <source>Sealed identities added</source>
        <translation>新增密封身分</translation>
    </message>
    <message>
        <source>Sealed identities already here, left as they were</source>
        <translation>本保管庫已有之密封身分（維持原狀）</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>寄件單位</translation>
    </message>
    <message>
        <source>Opened at the sending unit</source>
        <translation>移交單位立案時間</translation>
    </message>
    <message>
        <source>Sending officer</source>
        <translation>寄件承辦人</translation>
    </message>
    <message>
        <source>Sending vault</source>
        <translation>寄件保管庫</translation>
    </message>
    <message>
        <source>Sending unit, as the case file states it</source>
        <translation>寄件單位（案件檔案所載，未經驗證）</translation>
    </message>
    <message>
        <source>Sending officer, as the case file states it</source>
        <translation>寄件承辦人（案件檔案所載，未經驗證）</translation>
    </message>
    <message>
        <source>Sending vault, as the case file states it</source>
        <translation>寄件保管庫（案件檔案所載，未經驗證）</translation>
    </message>
    <message>
        <source>Signing key new for this case, accepted by the officer</source>
        <translation>本案首見之簽章金鑰，經承辦人確認接受</translation>
    </message>
    <message>
        <source>Undos of this unit&apos;s steps not applied</source>
        <translation>未採用之本單位步驟撤銷</translation>
    </message>
    <message>
        <source>New ticks of this unit&apos;s steps not applied</source>
        <translation>未採用之本單位步驟重新勾選</translation>
    </message>
    <message>
        <source>Step records made there in the name of an officer here</source>
        <translation>對方單位所作、記載本單位員警姓名之步驟紀錄</translation>
    </message>
    <message>
        <source>Steps this workstation&apos;s procedure does not have</source>
        <translation>本工作站作業程序所無之步驟</translation>
    </message>
    <message>
        <source>Step records of steps this workstation&apos;s procedure does not have</source>
        <translation>本工作站作業程序所無步驟之紀錄筆數</translation>
    </message>
    <message>
        <source>Sender&apos;s audit chain head</source>
        <translation>寄件端稽核鏈末端</translation>
    </message>
    <message>
        <source>Sender&apos;s record number</source>
        <translation>寄件端紀錄編號</translation>
    </message>
    <message>
        <source>Sealed identity stayed with the sender</source>
        <translation>密封身分留在寄件單位</translation>
    </message>
    <message>
        <source>Sealed identity received (sealed again here)</source>
        <translation>已收到密封身分（已於本機重新密封）</translation>
    </message>
    <message>
        <source>Sealed identities sent along</source>
        <translation>一併移交之密封身分</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>ended by the officer</source>
        <translation>承辦人結束</translation>
    </message>
    <message>
        <source>closed after the application ended unexpectedly</source>
        <translation>程式意外結束後補行關閉</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部動作</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Back up the vault to</source>
        <translation>將保管庫備份至</translation>
    </message>
    <message>
        <source>NetPatrol vaults (*.npv)</source>
        <translation>NetPatrol 保管庫（*.npv）</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>正在備份保管庫…</translation>
    </message>
    <message>
        <source>The backup is written and read back whole:
{file}
{size} bytes, SHA-256 {sha256}

It holds the audit chain up to entry #{seq}, and opens with the vault&apos;s current passphrase (a passphrase changed later does not change the copy). Keep it away from this workstation, locked away like any evidence.</source>
        <translation>備份已寫入，並已完整讀回檢查：
{file}
{size} 位元組，SHA-256 {sha256}

備份含稽核鏈至第 {seq} 筆，以保管庫目前之密碼開啟（日後變更密碼，不影響此備份）。請將備份存放於本工作站以外之處，並比照證物上鎖保管。</translation>
    </message>
    <message>
        <source>Vault backed up</source>
        <translation>保管庫已備份</translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>Reached the end of the page.</source>
        <translation>已捲動至頁面底端。</translation>
    </message>
    <message>
        <source>Stopped: the height limit was reached.</source>
        <translation>已停止：達到高度上限。</translation>
    </message>
    <message>
        <source>Stopped: the time limit was reached.</source>
        <translation>已停止：達到時間上限。</translation>
    </message>
    <message>
        <source>Stopped: the item limit was reached.</source>
        <translation>已停止：達到項目數上限。</translation>
    </message>
    <message>
        <source>Stopped: the page did not let itself be scrolled.</source>
        <translation>已停止：網頁阻擋捲動。</translation>
    </message>
    <message>
        <source>The page was not scrolled (lazy loading was switched off).</source>
        <translation>未捲動網頁（已關閉延遲載入捲動）。</translation>
    </message>
    <message>
        <source>Reached the start of the conversation (the chat shows its beginning).</source>
        <translation>已捲動至對話開頭（聊天室顯示對話起點）。</translation>
    </message>
    <message>
        <source>Reached the start of the conversation: at the top of the chat no older messages arrived within the wait.</source>
        <translation>已捲動至對話開頭：在聊天室頂端等待期間，沒有再載入更早的訊息。</translation>
    </message>
    <message>
        <source>Stopped: the message limit was reached; older messages were not collected.</source>
        <translation>已停止：達到訊息數上限，更早的訊息未擷取。</translation>
    </message>
    <message>
        <source>Stopped by the officer.</source>
        <translation>由承辦人停止。</translation>
    </message>
    <message>
        <source>Stopped: the frame limit was reached; later moments were not captured.</source>
        <translation>已停止：已達畫面張數上限，之後的畫面未擷取。</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 則訊息</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} 則訊息</translation>
    </message>
    <message>
        <source>The page was still loading when the capture ended.</source>
        <translation>擷取結束時網頁仍在載入中。</translation>
    </message>
    <message>
        <source>The server answered with an error page (HTTP {detail}).</source>
        <translation>伺服器回應錯誤頁面（HTTP {detail}）。</translation>
    </message>
    <message>
        <source>The page is an endless feed: it kept growing while it was scrolled, so there is more below what was captured.</source>
        <translation>此網頁為無限捲動動態：捲動時持續增長，已擷取範圍以下仍有內容。</translation>
    </message>
    <message>
        <source>The page was still loading data when the time to wait ran out (1 request open).</source>
        <translation>等待時間用盡時網頁仍在載入資料（尚有 1 個請求未完成）。</translation>
    </message>
    <message>
        <source>The page was still loading data when the time to wait ran out ({count} requests open).</source>
        <translation>等待時間用盡時網頁仍在載入資料（尚有 {count} 個請求未完成）。</translation>
    </message>
    <message>
        <source>1 lazy-loaded item had not appeared yet.</source>
        <translation>尚有 1 個延遲載入項目未出現。</translation>
    </message>
    <message>
        <source>{count} lazy-loaded items had not appeared yet.</source>
        <translation>尚有 {count} 個延遲載入項目未出現。</translation>
    </message>
    <message>
        <source>The page changed while it was being captured (1 change); the image and the saved page may differ.</source>
        <translation>擷取期間網頁內容有變動（1 次）；截圖與保存的網頁可能不一致。</translation>
    </message>
    <message>
        <source>The page changed while it was being captured ({count} changes); the image and the saved page may differ.</source>
        <translation>擷取期間網頁內容有變動（{count} 次）；截圖與保存的網頁可能不一致。</translation>
    </message>
    <message>
        <source>At 1 step the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</source>
        <translation>有 1 個步驟中聊天室重新產生了訊息列且訊息沒有識別碼，相鄰的相同訊息可能在該處被合併或重複，請與畫面核對。</translation>
    </message>
    <message>
        <source>At {count} steps the chat replaced its rows and they had no message ids, so identical neighbouring messages may be merged or repeated there; compare with the screen.</source>
        <translation>有 {count} 個步驟中聊天室重新產生了訊息列且訊息沒有識別碼，相鄰的相同訊息可能在該處被合併或重複，請與畫面核對。</translation>
    </message>
    <message>
        <source>1 image in the chat was not saved as a picture (only labelled): too many, or not shown in time.</source>
        <translation>聊天室中有 1 張圖片未存成圖檔（僅標示）：數量過多，或未能及時顯示。</translation>
    </message>
    <message>
        <source>{count} images in the chat were not saved as pictures (only labelled): too many, or not shown in time.</source>
        <translation>聊天室中有 {count} 張圖片未存成圖檔（僅標示）：數量過多，或未能及時顯示。</translation>
    </message>
    <message>
        <source>Chat: {messages} collected in {steps}.</source>
        <translation>聊天：以 {steps}擷取 {messages}。</translation>
    </message>
    <message>
        <source>1 scroll step</source>
        <translation>1 次捲動</translation>
    </message>
    <message>
        <source>{count} scroll steps</source>
        <translation>{count} 次捲動</translation>
    </message>
    <message>
        <source>1 frame of the screen taken.</source>
        <translation>共擷取 1 張畫面。</translation>
    </message>
    <message>
        <source>{count} frames of the screen taken.</source>
        <translation>共擷取 {count} 張畫面。</translation>
    </message>
    <message>
        <source>Full-page image: {tiles}; lazy items still pending: {pending}; scroll containers found: {containers}.</source>
        <translation>全頁截圖：{tiles}；尚未載入的延遲項目：{pending} 個；發現的捲動區塊：{containers} 個。</translation>
    </message>
    <message>
        <source>1 tile</source>
        <translation>1 張分段圖</translation>
    </message>
    <message>
        <source>{count} tiles</source>
        <translation>{count} 張分段圖</translation>
    </message>
    <message>
        <source>The full-page image came out blank although the page has content; the page may hide itself from capture.</source>
        <translation>網頁有內容，但全頁截圖為空白；網頁可能在截圖時隱藏內容。</translation>
    </message>
    <message>
        <source>Only the first {detail} px of the page are in the full-page image (height limit).</source>
        <translation>全頁截圖僅含網頁前 {detail} 像素（高度上限）。</translation>
    </message>
    <message>
        <source>The site adapter {detail} failed; only the generic rules found identifiers.</source>
        <translation>網站轉接器 {detail} 執行失敗；識別資料僅由通用規則擷取。</translation>
    </message>
    <message>
        <source>The recording stopped at its time limit of {detail} s; what the page showed after that was not recorded.</source>
        <translation>錄影已於時間上限 {detail} 秒停止，之後網頁顯示的內容未錄下。</translation>
    </message>
    <message>
        <source>Complete capture.</source>
        <translation>完整擷取。</translation>
    </message>
    <message>
        <source>PARTIAL capture.</source>
        <translation>部分擷取（不完整）。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>The id must be 1–40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>代碼須為 1–40 個小寫英文字母、數字、「-」或「_」。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名稱是空的。</translation>
    </message>
    <message>
        <source>The home page must be a complete http:// or https:// address.</source>
        <translation>首頁須為完整的 http:// 或 https:// 網址。</translation>
    </message>
    <message>
        <source>The search address must be an http:// or https:// address containing {q}.</source>
        <translation>搜尋網址須為含有 {q} 的 http:// 或 https:// 網址。</translation>
    </message>
    <message>
        <source>The colour must be written #RRGGBB.</source>
        <translation>顏色須寫成 #RRGGBB。</translation>
    </message>
    <message>
        <source>The badge has at most 3 characters.</source>
        <translation>標記最多 3 個字元。</translation>
    </message>
    <message>
        <source>Each platform must be an object.</source>
        <translation>每個平臺須為一個物件。</translation>
    </message>
    <message>
        <source>Every field of a platform is text.</source>
        <translation>平臺的每個欄位都須為文字。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>檔案須包含一個 JSON 物件。</translation>
    </message>
    <message>
        <source>This field must be non-empty text.</source>
        <translation>此欄位須為非空白文字。</translation>
    </message>
    <message>
        <source>Every keyword must be non-empty text.</source>
        <translation>每個關鍵字都須為非空白文字。</translation>
    </message>
    <message>
        <source>The keyword is empty.</source>
        <translation>關鍵字是空的。</translation>
    </message>
    <message>
        <source>My keywords</source>
        <translation>我的關鍵字</translation>
    </message>
    <message>
        <source>A list is expected here.</source>
        <translation>此處應為清單。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; appears twice.</source>
        <translation>「{value}」重複出現。</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>Patrol account</source>
        <translation>巡邏帳號</translation>
    </message>
    <message>
        <source>{label} ({persona})</source>
        <translation>{label}（{persona}）</translation>
    </message>
    <message>
        <source>(sender not shown)</source>
        <translation>（未顯示傳送者）</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>尚不能辦理</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>The case is marked closed, but the checklist step “{step}” is not recorded: its statutory deadlines still run and are reminded until it is.</source>
        <translation>案件狀態為「已結案」，但檢核表尚未記錄「{step}」步驟：在記錄之前，法定期限仍持續計算並提醒。</translation>
    </message>
    <message>
        <source>Does not apply to this case.</source>
        <translation>本案不適用。</translation>
    </message>
    <message>
        <source>Depends on “{fact}”, which is recorded with step “{step}”.</source>
        <translation>須先於步驟「{step}」記錄「{fact}」。</translation>
    </message>
    <message>
        <source>Waits for: {steps}.</source>
        <translation>須先完成：{steps}。</translation>
    </message>
    <message>
        <source>Evidence capture is not complete: this case has no capture yet. Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
        <translation>蒐證尚未完成：本案尚無任何擷取。下架可能使後續偵查所需資料滅失，申訴前務必確認皆已完成蒐證（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>Evidence capture is not complete: {count} of {total} captured addresses have no complete capture ({ids}). Takedown can destroy data needed later, so nothing is referred before evidence is complete (guideline 陸.二(二)).</source>
        <translation>蒐證尚未完成：{total} 個已擷取網址中有 {count} 個沒有完整擷取（{ids}）。下架可能使後續偵查所需資料滅失，申訴前務必確認皆已完成蒐證（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>undo it first to record it again.</source>
        <translation>如需重新記錄，請先撤銷。</translation>
    </message>
    <message>
        <source>it is completed by the application when this happens: {events}.</source>
        <translation>此步驟於下列事件發生時由系統自動完成：{events}。</translation>
    </message>
    <message>
        <source>it cannot have happened before “{step}”, which it waits for, was done ({at}).</source>
        <translation>其辦理時間不能早於其前置步驟「{step}」之完成時間（{at}）。</translation>
    </message>
    <message>
        <source>it is not done, so there is nothing to undo.</source>
        <translation>此步驟尚未完成，無可撤銷。</translation>
    </message>
    <message>
        <source>LANGUAGE=en</source>
        <translation>LANGUAGE=zh_TW</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>done automatically</source>
        <translation>自動完成</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>撤銷</translation>
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
        <source>No case at --offset {offset}: there are fewer cases.</source>
        <translation>--offset {offset} 之後沒有案件：案件沒有那麼多。</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>目前尚無案件。</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>擷取紀錄：</translation>
    </message>
    <message>
        <source>[PARTIAL]</source>
        <translation>[不完整]</translation>
    </message>
    <message>
        <source>Status: {status}   Officer: {officer}   Unit: {unit}</source>
        <translation>狀態：{status}&#x3000;承辦人：{officer}&#x3000;單位：{unit}</translation>
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
        <source>{label} (Enter to leave it out): </source>
        <translation>{label}（可直接按 Enter 略過）：</translation>
    </message>
    <message>
        <source>{pseudonym} is not sealed ({role}): the name is shown with the case, so there is nothing to reveal and nothing was recorded.</source>
        <translation>{pseudonym}未予密封（{role}）：姓名隨案件顯示，無須揭示，亦未留下紀錄。</translation>
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
        <source>The check stopped at the file itself: nothing in it could be counted or checked.</source>
        <translation>檢查停在檔案本身：其中內容均無法清點或檢查。</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>已變更：{fields}</translation>
    </message>
    <message>
        <source>Nothing changed: the case already reads so.</source>
        <translation>未變更：案件內容已是如此。</translation>
    </message>
    <message>
        <source>Status: {status}   Platforms: {platforms}</source>
        <translation>狀態：{status}&#x3000;平臺：{platforms}</translation>
    </message>
    <message>
        <source>Wrote a checked backup of the vault to {file} ({size} bytes, sha256:{sha256}); it holds the audit chain up to entry #{seq} and opens with the vault&apos;s current passphrase.</source>
        <translation>已將保管庫備份寫入 {file}，並已讀回檢查（{size} 位元組，sha256:{sha256}）；備份含稽核鏈至第 {seq} 筆，以保管庫目前之密碼開啟。</translation>
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
        <source>{value} is not a whole number of at least {minimum}.</source>
        <translation>{value} 不是不小於 {minimum} 的整數。</translation>
    </message>
    <message>
        <source>{value} is not a number of seconds.</source>
        <translation>{value} 不是有效的秒數。</translation>
    </message>
    <message>
        <source>the case: its number (e.g. NP-115-0001) or id</source>
        <translation>案件：案號（如 NP-115-0001）或案件代碼</translation>
    </message>
    <message>
        <source>replace the -o file if it exists already (never the vault&apos;s own files)</source>
        <translation>-o 指定的檔案已存在時予以取代（保管庫本身的檔案一律不取代）</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明後結束</translation>
    </message>
    <message>
        <source>NetPatrol: patrol, evidence capture and case vault.</source>
        <translation>網路巡邏工作站：網路巡查、證據擷取與案件保管庫。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>顯示版本後結束</translation>
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
        <source>the case title (案由)</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>platform (repeatable)</source>
        <translation>平臺（可重複指定）</translation>
    </message>
    <message>
        <source>case number (default: next in the unit&apos;s format)</source>
        <translation>案號（預設：依單位格式之下一號）</translation>
    </message>
    <message>
        <source>notes on the case</source>
        <translation>案件備註</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>最多列出幾筆（預設 50）</translation>
    </message>
    <message>
        <source>skip this many first (the next page)</source>
        <translation>先略過幾筆（下一頁用）</translation>
    </message>
    <message>
        <source>show a case</source>
        <translation>顯示案件</translation>
    </message>
    <message>
        <source>change a case&apos;s title, status, platforms or notes (a new revision, audited)</source>
        <translation>變更案件之案由、狀態、平臺或備註（新增修訂版本，留存稽核紀錄）</translation>
    </message>
    <message>
        <source>the new title (案由)</source>
        <translation>新的案由</translation>
    </message>
    <message>
        <source>open, referred, transferred or closed (closing the case in the checklist is its step 「結案」: the status alone stops no deadline)</source>
        <translation>open（偵辦中）、referred（已轉介）、transferred（已移送）或 closed（已結案）（檢核表之結案為「結案」步驟：僅變更狀態不會停止任何期限）</translation>
    </message>
    <message>
        <source>platform (repeatable); the ones given replace the case&apos;s platforms</source>
        <translation>平臺（可重複指定）；所指定者取代案件原有平臺</translation>
    </message>
    <message>
        <source>the new notes (replace the old)</source>
        <translation>新的備註（取代原有備註）</translation>
    </message>
    <message>
        <source>words to look for, Chinese or other</source>
        <translation>要搜尋的字詞（中文或其他文字）</translation>
    </message>
    <message>
        <source>write a complete, checked copy of the vault, which its passphrase opens (audited)</source>
        <translation>製作完整並經檢查之保管庫備份，以保管庫之密碼開啟（留存稽核紀錄）</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>要寫入的備份檔案</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>指令</translation>
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
        <source>the person&apos;s role</source>
        <translation>關係人身分</translation>
    </message>
    <message>
        <source>name (asked when omitted, with the details below, so they stay out of the shell&apos;s history)</source>
        <translation>姓名（省略時連同下列資料另行詢問，以免留在命令列紀錄）</translation>
    </message>
    <message>
        <source>national ID or passport number</source>
        <translation>身分證統一編號或護照號碼</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>online account (platform and name or ID)</source>
        <translation>網路帳號（平臺及名稱或 ID）</translation>
    </message>
    <message>
        <source>a note on the person</source>
        <translation>關係人備註</translation>
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
        <source>why the identity is needed (kept in the audit log)</source>
        <translation>檢視身分的理由（記入稽核紀錄）</translation>
    </message>
    <message>
        <source>full-text search over cases and captured text</source>
        <translation>全文檢索案件與擷取之文字</translation>
    </message>
    <message>
        <source>Only 1 case is shown; --offset {offset} lists the next ones.</source>
        <translation>只列出 1 件案件；--offset {offset} 可列出後續案件。</translation>
    </message>
    <message>
        <source>Only {count} cases are shown; --offset {offset} lists the next ones.</source>
        <translation>只列出 {count} 件案件；--offset {offset} 可列出後續案件。</translation>
    </message>
    <message>
        <source>Only the newest hit is shown; --limit shows more.</source>
        <translation>只列出最新的 1 筆結果；--limit 可列出更多。</translation>
    </message>
    <message>
        <source>Only the newest {count} hits are shown; --limit shows more.</source>
        <translation>只列出最新的 {count} 筆結果；--limit 可列出更多。</translation>
    </message>
    <message>
        <source>list cases, the one updated last first</source>
        <translation>列出案件（最後更新者在前）</translation>
    </message>
    <message>
        <source>check the vault&apos;s hashes and audit chain, or a case file</source>
        <translation>檢查保管庫之雜湊值與稽核鏈，或檢查案件檔案</translation>
    </message>
    <message>
        <source>a case file to check instead (no vault needed with --identity or NETPATROL_EXPORT_PASSPHRASE)</source>
        <translation>改為檢查此案件檔案（使用 --identity 或 NETPATROL_EXPORT_PASSPHRASE 時不需保管庫）</translation>
    </message>
    <message>
        <source>an age identity file to decrypt with</source>
        <translation>用以解密的 age 身分檔</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>所有檢查均通過。</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>部分檢查未通過。</translation>
    </message>
    <message>
        <source>check browser, capture, vault, PDF and case files offscreen</source>
        <translation>於背景檢查瀏覽器、擷取、保管庫、PDF 與案件檔案功能</translation>
    </message>
    <message>
        <source>Interrupted; nothing was half-written.</source>
        <translation>已中斷；未留下寫入一半的資料。</translation>
    </message>
    <message>
        <source>Internal error: this is a bug in NetPatrol. Details are in {log}.</source>
        <translation>內部錯誤：這是網路巡邏工作站的程式瑕疵，詳細資訊記錄於 {log}。</translation>
    </message>
    <message>
        <source>Step {step} done at {at}.</source>
        <translation>步驟 {step} 已於 {at} 完成。</translation>
    </message>
    <message>
        <source>Step {step} undone; the tick stays in the record.</source>
        <translation>步驟 {step} 已撤銷；原勾選仍保留於紀錄中。</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>目前沒有計時中的時限。</translation>
    </message>
    <message>
        <source>deadline {at}</source>
        <translation>期限 {at}</translation>
    </message>
    <message>
        <source>({start} to {end})</source>
        <translation>（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>{section}  ({basis})</source>
        <translation>{section}（{basis}）</translation>
    </message>
    <message>
        <source>{state} {at} by {officer}</source>
        <translation>{state}：{at}，{officer}</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>時限：</translation>
    </message>
    <message>
        <source>mark a checklist step done, or undo it (audited)</source>
        <translation>勾選或撤銷檢核步驟（記入稽核紀錄）</translation>
    </message>
    <message>
        <source>step id (see &apos;netpatrol steps&apos;)</source>
        <translation>步驟代碼（見 &apos;netpatrol steps&apos;）</translation>
    </message>
    <message>
        <source>done, or undo the step&apos;s last tick</source>
        <translation>done 標記完成，或 undo 撤銷此步驟最近一次勾選</translation>
    </message>
    <message>
        <source>when it happened (ISO 8601; without a zone: Taipei time)</source>
        <translation>辦理時間（ISO 8601；未註明時區即為臺北時間）</translation>
    </message>
    <message>
        <source>a note kept with the tick</source>
        <translation>隨勾選保存的附註</translation>
    </message>
    <message>
        <source>a field the step records, e.g. victim_age=minor (repeatable)</source>
        <translation>步驟記錄的欄位，例如 victim_age=minor（可重複）</translation>
    </message>
    <message>
        <source>a capture or artifact id this step rests on (repeatable)</source>
        <translation>此步驟依據的擷取或證物代碼（可重複）</translation>
    </message>
    <message>
        <source>list a case&apos;s checklist steps and clocks</source>
        <translation>列出案件的檢核步驟與時限</translation>
    </message>
    <message>
        <source>list every running clock across cases</source>
        <translation>列出所有案件計時中的時限</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>共 {count} 筆</translation>
    </message>
    <message>
        <source>Wrote {file} (SHA-256 {sha256}).</source>
        <translation>已寫入 {file}（SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>The audit chain is broken: {reason}</source>
        <translation>稽核鏈已斷裂：{reason}</translation>
    </message>
    <message>
        <source>the vault&apos;s audit-chain entries of a period (all, or one group of actions), and with -o the printed log</source>
        <translation>列出一段期間的保管庫稽核紀錄（全部或單一動作類別）；加 -o 則列印成冊</translation>
    </message>
    <message>
        <source>first day (default: 6 days before today)</source>
        <translation>起始日（預設：6 天前）</translation>
    </message>
    <message>
        <source>only this group of actions: {groups} (default: every action)</source>
        <translation>僅列此動作類別：{groups}（預設：全部動作）</translation>
    </message>
    <message>
        <source>print the log to FILE.pdf instead (recorded in the audit log)</source>
        <translation>改為列印至 FILE.pdf（記入稽核紀錄）</translation>
    </message>
    <message>
        <source>Wrote {file}: {messages} (SHA-256 {sha256}).</source>
        <translation>已寫入 {file}：共 {messages}（SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>The chat capture is partial (older messages were not collected), so the checklist step to print the chat in full stays open.</source>
        <translation>此聊天紀錄擷取不完整（較早之訊息未蒐集），檢核表中「完整列印聊天紀錄」之步驟仍待辦理。</translation>
    </message>
    <message>
        <source>Still online: the social authority may need the DNS RPZ request (netpatrol document --case {case} dns-rpz).</source>
        <translation>內容仍在線上：社會局可能需函請停止解析（DNS RPZ），可製作事證提供單（netpatrol document --case {case} dns-rpz）。</translation>
    </message>
    <message>
        <source>write a procedure document (PDF or text)</source>
        <translation>製作辦理文件（PDF 或純文字）</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>哪一份文件</translation>
    </message>
    <message>
        <source>FILE.pdf, or FILE.txt for plain text</source>
        <translation>檔名.pdf，或檔名.txt 為純文字</translation>
    </message>
    <message>
        <source>the reason (事由); default: the case title</source>
        <translation>事由；預設為案由</translation>
    </message>
    <message>
        <source>when the platform is notified (ISO 8601; default now)</source>
        <translation>通知平臺時間（ISO 8601；預設為現在）</translation>
    </message>
    <message>
        <source>the office the case is transferred to</source>
        <translation>移送機關</translation>
    </message>
    <message>
        <source>also print a mailto: draft</source>
        <translation>另輸出 mailto: 郵件草稿</translation>
    </message>
    <message>
        <source>print the patrol duty log (勤務紀錄) of one day or one patrol as PDF</source>
        <translation>將某日或某次巡邏的勤務紀錄輸出為 PDF</translation>
    </message>
    <message>
        <source>the day, e.g. 114/07/08 or 2025-07-08 (default: today)</source>
        <translation>日期，例如 114/07/08 或 2025-07-08（預設：今天）</translation>
    </message>
    <message>
        <source>one patrol&apos;s id (T…) instead of a day</source>
        <translation>改為指定單次巡邏的編號（T…）</translation>
    </message>
    <message>
        <source>print a captured chat in full as PDF</source>
        <translation>將蒐證之聊天紀錄全文輸出為 PDF</translation>
    </message>
    <message>
        <source>the chat capture&apos;s id</source>
        <translation>聊天擷取的代碼</translation>
    </message>
    <message>
        <source>HANDLE=PSEUDONYM: show a sealed person&apos;s account by pseudonym</source>
        <translation>帳號=代號：密封身分者之帳號以代號顯示</translation>
    </message>
    <message>
        <source>takedown re-check in a clean headless browser</source>
        <translation>以乾淨的無頭瀏覽器複查下架情形</translation>
    </message>
    <message>
        <source>only this address (repeatable)</source>
        <translation>僅複查此網址（可重複）</translation>
    </message>
    <message>
        <source>Chromium executable (default: /usr/bin/chromium on Linux)</source>
        <translation>Chromium 執行檔（Linux 預設 /usr/bin/chromium）</translation>
    </message>
    <message>
        <source>a persona&apos;s storage-state file (cookies); default none</source>
        <translation>偵查帳號之儲存狀態檔（Cookie）；預設不使用</translation>
    </message>
    <message>
        <source>seconds per address</source>
        <translation>每個網址之逾時秒數</translation>
    </message>
    <message>
        <source>Capture {id} stored in case {case}.</source>
        <translation>擷取紀錄 {id} 已存入案件 {case}。</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>識別資料：</translation>
    </message>
    <message>
        <source>Initial evidence (陸.一):</source>
        <translation>初步蒐證（陸.一）：</translation>
    </message>
    <message>
        <source>Wrote {name} ({size} bytes, sha256:{sha256}) to {file}.</source>
        <translation>已將 {name}（{size} 位元組，SHA-256：{sha256}）寫入 {file}。</translation>
    </message>
    <message>
        <source>capture a page into a case (offscreen, same engine as the GUI)</source>
        <translation>將網頁擷取存入案件（背景執行，與圖形介面相同引擎）</translation>
    </message>
    <message>
        <source>do not scroll for lazy content</source>
        <translation>不為延遲載入內容捲動網頁</translation>
    </message>
    <message>
        <source>Chat: {messages}; print the transcript with: netpatrol transcript --case {case} --capture {capture} -o FILE.pdf</source>
        <translation>聊天：{messages}；列印聊天紀錄：netpatrol transcript --case {case} --capture {capture} -o FILE.pdf</translation>
    </message>
    <message>
        <source>the page&apos;s address</source>
        <translation>網頁網址</translation>
    </message>
    <message>
        <source>capture a chat conversation: scroll it back to its start and keep every message (for netpatrol transcript)</source>
        <translation>擷取聊天對話：捲回對話開頭並保存每一則訊息（供 netpatrol transcript 列印）</translation>
    </message>
    <message>
        <source>time limit for scrolling (default 30; with --chat 180)</source>
        <translation>捲動時間上限（預設 30 秒；--chat 時 180 秒）</translation>
    </message>
    <message>
        <source>with --chat: stop after this many messages</source>
        <translation>搭配 --chat：擷取到此訊息數即停止</translation>
    </message>
    <message>
        <source>with --chat: seconds to wait at the top for older messages before taking it as the start of the conversation</source>
        <translation>搭配 --chat：在頂端等待更早訊息的秒數，逾時即視為對話開頭</translation>
    </message>
    <message>
        <source>height limit in pixels</source>
        <translation>高度上限（像素）</translation>
    </message>
    <message>
        <source>feed item limit</source>
        <translation>動態項目數上限</translation>
    </message>
    <message>
        <source>artifacts</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <source>write one artifact&apos;s bytes to a file (audited)</source>
        <translation>將一個證據檔案寫出至檔案（留存稽核紀錄）</translation>
    </message>
    <message>
        <source>the artifact&apos;s id</source>
        <translation>證物檔案代碼</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>Workstation key (give it to units that send you case files): {key}</source>
        <translation>工作站金鑰（提供給寄送案件檔案給您的單位）：{key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint (read it out to units you send case files to): {fingerprint}</source>
        <translation>簽章金鑰指紋（唸給您寄送案件檔案的收件單位核對）：{fingerprint}</translation>
    </message>
    <message>
        <source>Passphrase again, to send the sealed identities: </source>
        <translation>移交密封身分需再次輸入密碼：</translation>
    </message>
    <message>
        <source>Case file SHA-256: {sha256}</source>
        <translation>案件檔案 SHA-256：{sha256}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>簽章金鑰指紋：{fingerprint}</translation>
    </message>
    <message>
        <source>Sealed identities sent with the case file, as you stated: {names}. The sending is recorded in the audit log with your reason.</source>
        <translation>依您的指示，已隨案件檔案移交密封身分：{names}。此次移交已連同事由記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Sealed identities left out: {count}. They stay in this vault; the case file names those people by pseudonym only.</source>
        <translation>未移交之密封身分：{count} 筆，留在本保管庫；案件檔案中僅以代號稱呼這些人。</translation>
    </message>
    <message>
        <source>Case {number} exported to {file}: {files}.</source>
        <translation>案件 {number} 已匯出至 {file}：{files}。</translation>
    </message>
    <message>
        <source>Case received as {number} (their number {source_number}, from {unit}): {files}, every one matching the signed manifest.</source>
        <translation>已收為案件 {number}（寄件單位 {unit}，原案號 {source_number}）：{files}，皆與已簽章清單相符。</translation>
    </message>
    <message>
        <source>You accepted the signing key {fingerprint} for case {number}; the acceptance is recorded in the audit log.</source>
        <translation>您已就案件 {number} 接受簽章金鑰 {fingerprint}；此項接受已記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Sealed identities sent along by the sender: {count}.</source>
        <translation>寄件單位一併移交之密封身分：{count} 筆。</translation>
    </message>
    <message>
        <source>The case file is intact: case {number} “{title}”, exported {at} by {officer} ({unit}).</source>
        <translation>案件檔案完整：案件 {number}「{title}」，由 {officer}（{unit}）於 {at} 匯出。</translation>
    </message>
    <message>
        <source>Evidence files: {count} ({bytes} bytes), each matching its SHA-256 in the signed manifest.</source>
        <translation>證據檔案：{count} 個（{bytes} 位元組），皆與已簽章清單所載之 SHA-256 相符。</translation>
    </message>
    <message>
        <source>Sealed identities sent along by the sender: {count}. An import seals those this vault does not hold yet; they are read only through a reveal.</source>
        <translation>寄件單位一併移交之密封身分：{count} 筆。匯入時僅密封本保管庫尚未存有者，僅能經揭露程序檢視。</translation>
    </message>
    <message>
        <source>Signed with the key whose fingerprint is {fingerprint}: compare it with the sending unit&apos;s &apos;netpatrol keys show&apos;.</source>
        <translation>簽章金鑰指紋為 {fingerprint}：請與寄件單位「netpatrol keys show」所示者核對。</translation>
    </message>
    <message>
        <source>Sender&apos;s audit chain head: {head}</source>
        <translation>寄件端稽核鏈末端：{head}</translation>
    </message>
    <message>
        <source>this workstation&apos;s hand-off keys</source>
        <translation>本工作站的案件檔案金鑰</translation>
    </message>
    <message>
        <source>print the workstation key and the signing key&apos;s fingerprint</source>
        <translation>顯示工作站金鑰與簽章金鑰指紋</translation>
    </message>
    <message>
        <source>write an encrypted, signed case file for another unit (sealed identities are left out unless --include-sealed)</source>
        <translation>為其他單位製作加密並簽章的案件檔案（除非指定 --include-sealed，否則不含密封身分）</translation>
    </message>
    <message>
        <source>the case file to write (.npcase)</source>
        <translation>要寫入的案件檔案（.npcase）</translation>
    </message>
    <message>
        <source>the receiving workstation&apos;s key, age1… (repeatable); without it the file is protected by NETPATROL_EXPORT_PASSPHRASE</source>
        <translation>收件工作站金鑰 age1…（可重複指定）；未指定時以 NETPATROL_EXPORT_PASSPHRASE 密碼保護</translation>
    </message>
    <message>
        <source>send the sealed identities (reporters, informants, victims) too; needs --reason and the passphrase again, and is audited</source>
        <translation>一併移交密封身分（報告人、告發人、被害人）；須以 --reason 敘明事由並再次輸入密碼，並記入稽核紀錄</translation>
    </message>
    <message>
        <source>why the sealed identities must go with this case file</source>
        <translation>密封身分須隨本案件檔案移交的事由</translation>
    </message>
    <message>
        <source>receive a case file: everything is verified before anything is written</source>
        <translation>匯入案件檔案：全部驗證無誤後才寫入</translation>
    </message>
    <message>
        <source>the case file (.npcase)</source>
        <translation>案件檔案（.npcase）</translation>
    </message>
    <message>
        <source>for a case that comes back signed by a key never seen for it: the fingerprint you compared with the sending unit, which you accept (audited)</source>
        <translation>退回之案件以本案從未見過之金鑰簽章時：您已與寄件單位核對並同意接受之指紋（記入稽核紀錄）</translation>
    </message>
    <message>
        <source>the unit&apos;s figures for a period (patrols, cases, captures, steps, deadlines), for the performance evaluation</source>
        <translation>本單位一段期間的統計（巡邏、案件、擷取、步驟、時限），供績效評核</translation>
    </message>
    <message>
        <source>first day (default: the 1st of this month)</source>
        <translation>起始日（預設：本月1日）</translation>
    </message>
    <message>
        <source>last day, included (default: today)</source>
        <translation>結束日，含當日（預設：今天）</translation>
    </message>
    <message>
        <source>also print the statistics sheet to FILE.pdf</source>
        <translation>另將績效統計表列印為 FILE.pdf</translation>
    </message>
    <message>
        <source>{file} (SHA-256 {sha256}):</source>
        <translation>{file}（SHA-256 {sha256}）：</translation>
    </message>
    <message>
        <source>A page whose footer reads {head}:</source>
        <translation>頁尾為 {head} 的紙本：</translation>
    </message>
    <message>
        <source>is this file a document, case file or evidence file of this vault, unchanged? (by its SHA-256; exit 3 when one is not)</source>
        <translation>核對檔案是否為本保管庫產製之文件、案件檔案或證據檔案且未經更動（依 SHA-256；有任一不符時結束代碼為 3）</translation>
    </message>
    <message>
        <source>documents, case files or evidence files to check</source>
        <translation>要查驗的文件、案件檔案或證物檔案</translation>
    </message>
    <message>
        <source>the audit chain head printed in a page&apos;s footer (576:b2283c1e…): was the page printed from this vault, and as part of which document?</source>
        <translation>紙本頁尾所印的稽核鏈末端（576:b2283c1e…）：核對該頁是否由本保管庫列印，及屬於哪一份文件</translation>
    </message>
</context>
<context>
    <name>clocks</name>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>計時中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>如期完成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Retention ends soon</source>
        <translation>保存期間即將屆滿</translation>
    </message>
    <message>
        <source>Retention period ended, data not requested</source>
        <translation>保存期間已屆滿，未調閱資料</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 日 {hours} 小時</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小時 {minutes:02d} 分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>overdue by {amount}</source>
        <translation>已逾期 {amount}</translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation>尚餘 {amount}</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>NetPatrol</source>
        <translation>網路巡邏工作站</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 個證據檔案</translation>
    </message>
    <message>
        <source>{count} evidence files</source>
        <translation>{count} 個證據檔案</translation>
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
        <source>The vault {path} is open in another NetPatrol window or command. Lock it there, or let the command finish, then try again. Nothing was changed.</source>
        <translation>保管庫 {path} 已在另一個網路巡邏工作站視窗或指令中開啟。請先在該處鎖定，或待指令結束後再試一次。未做任何變更。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file is not a NetPatrol vault. Nothing was changed.</source>
        <translation>密碼錯誤，或此檔案不是網路巡邏工作站保管庫。檔案未作任何變更。</translation>
    </message>
    <message>
        <source>The passphrase is not this vault&apos;s. A change of its passphrase was interrupted before it finished (NetPatrol closed, or the power went), so the vault still opens with the passphrase it had before that change. Nothing was changed.</source>
        <translation>此密碼不是本保管庫的。先前變更密碼時在完成前中斷（網路巡邏工作站被關閉或停電），因此保管庫仍以變更前的密碼開啟。未變更任何內容。</translation>
    </message>
    <message>
        <source>The passphrase is too weak: use at least {min_length} characters, not a single repeated character or an obvious sequence.</source>
        <translation>密碼強度不足：請至少使用 {min_length} 個字元，且不可為單一重複字元或明顯的連續字元。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min_length} characters; a short sentence is easiest to remember.</source>
        <translation>密碼太短：請至少使用 {min_length} 個字元；用一句短句最容易記住。</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters: use at least {distinct} different ones.</source>
        <translation>密碼重複的字元太多：請至少使用 {distinct} 個不同的字元。</translation>
    </message>
    <message>
        <source>The passphrase is an obvious sequence (like abcdefghij or 9876543210): use words instead.</source>
        <translation>密碼是明顯的連續字元（例如 abcdefghij 或 9876543210）：請改用詞句。</translation>
    </message>
    <message>
        <source>The passphrase contains a word that is among the first ones guessed (like &quot;password&quot;): use other words.</source>
        <translation>密碼含有最常被猜到的字詞（例如「password」）：請改用其他詞句。</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be used (NUL).</source>
        <translation>密碼含有不能使用的字元（NUL）。</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one first with &apos;netpatrol init&apos;.</source>
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
        <source>The workstation&apos;s settings could not be saved in {path}: the disk is full or cannot be written. They apply until NetPatrol closes.</source>
        <translation>無法將工作站設定儲存至 {path}：磁碟已滿或無法寫入。這些設定在網路巡邏工作站關閉前仍然有效。</translation>
    </message>
    <message>
        <source>The disk of {path} cannot hold a file this large (a USB stick formatted FAT32 takes no file of 4 GiB or more): write it to a disk formatted NTFS or exFAT. Nothing was written.</source>
        <translation>{path} 所在的磁碟無法存放這麼大的檔案（格式化為 FAT32 的隨身碟不能存放 4 GiB 以上的檔案）：請寫入格式化為 NTFS 或 exFAT 的磁碟。未寫入任何資料。</translation>
    </message>
    <message>
        <source>{path} is open in another program (a PDF reader, an antivirus scan) or cannot be written: close it and try again, or choose another name. Nothing was written.</source>
        <translation>{path} 正由其他程式開啟（例如 PDF 閱讀器、防毒軟體掃描）或無法寫入：請關閉後再試，或改用其他檔名。未寫入任何資料。</translation>
    </message>
    <message>
        <source>{path} cannot be a file&apos;s name on this disk: it is too long, holds a character such as : ? * &quot; | (which Windows refuses), or ends in a dot or a space. Choose another name. Nothing was written.</source>
        <translation>{path} 不能作為此磁碟上的檔名：名稱過長、含有 Windows 不接受的字元（例如 : ? * &quot; |），或以句點或空格結尾。請改用其他檔名。未寫入任何資料。</translation>
    </message>
    <message>
        <source>{path} is a folder: name the file to write in it. Nothing was written.</source>
        <translation>{path} 是資料夾：請指定要寫入其中的檔名。未寫入任何檔案。</translation>
    </message>
    <message>
        <source>NetPatrol&apos;s data folder {folder} is missing: install it from its unpacked folder with &quot;pip install -e .&quot; (see README) and keep that folder.</source>
        <translation>找不到網路巡邏工作站的資料資料夾 {folder}：請在解壓縮後的資料夾中以「pip install -e .」安裝（見 README），並保留該資料夾。</translation>
    </message>
    <message>
        <source>A sealed identity can only be revealed with a stated reason and the vault passphrase.</source>
        <translation>密封身分須敘明事由並輸入保管庫密碼，方可揭露。</translation>
    </message>
    <message>
        <source>The passphrase is wrong. The identity stays sealed, and the attempt is recorded in the audit log.</source>
        <translation>密碼錯誤。身分仍維持密封，本次嘗試已記入稽核紀錄。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. The passphrase was not changed.</source>
        <translation>目前密碼錯誤。密碼未變更。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Step {step} cannot be done yet: {reason}</source>
        <translation>步驟 {step} 尚不能辦理：{reason}</translation>
    </message>
    <message>
        <source>Step {step} is already done: {reason}</source>
        <translation>步驟 {step} 已完成：{reason}</translation>
    </message>
    <message>
        <source>Step {step} cannot be undone: {reason}</source>
        <translation>步驟 {step} 無法撤銷：{reason}</translation>
    </message>
    <message>
        <source>Step {step} needs a note saying what was done.</source>
        <translation>步驟 {step} 須附註說明辦理情形。</translation>
    </message>
    <message>
        <source>Step {step} has no field “{field}” (fields: {known}).</source>
        <translation>步驟 {step} 沒有欄位「{field}」（欄位：{known}）。</translation>
    </message>
    <message>
        <source>Step {step} needs the field “{field}”, one of: {known}.</source>
        <translation>步驟 {step} 須填寫欄位「{field}」，可填：{known}。</translation>
    </message>
    <message>
        <source>Step {step} needs the field “{field}”.</source>
        <translation>步驟 {step} 須填寫欄位「{field}」。</translation>
    </message>
    <message>
        <source>“{value}” is not a choice of {field} (choices: {known}).</source>
        <translation>「{value}」不是 {field} 的選項（選項：{known}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (use 2025-07-08T14:30).</source>
        <translation>「{value}」不是日期時間（請使用 2025-07-08T14:30 格式）。</translation>
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
        <source>The case number format “{value}” cannot number cases: it needs {{seq}} (the running number), and may use {{roc_year}} (民國 year) and {{year}}, e.g. NP-{{roc_year}}-{{seq:04d}}.</source>
        <translation>案件編號格式「{value}」無法編出案號：須含 {{seq}}（流水號），並可使用 {{roc_year}}（民國年）與 {{year}}（西元年），例如 NP-{{roc_year}}-{{seq:04d}}。</translation>
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
        <source>State why the sealed identities must go with this case file.</source>
        <translation>請敘明密封身分須隨本案件檔案移交之事由。</translation>
    </message>
    <message>
        <source>The identity of {pseudonym} stayed with the unit that handed over this case (its case file did not carry the sealed identities): ask that unit.</source>
        <translation>{pseudonym} 的身分留在移交本案的單位（其案件檔案未附密封身分）：請洽該單位。</translation>
    </message>
    <message>
        <source>The passphrase is wrong. No case file was written, the identities stay sealed, and the attempt is recorded in the audit log.</source>
        <translation>密碼錯誤。未寫出案件檔案，身分仍維持密封，本次嘗試已記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>關係人</translation>
    </message>
    <message>
        <source>Procedure file {file}, line {line}: {problem}</source>
        <translation>程序檔 {file} 第 {line} 行：{problem}</translation>
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
        <source>This command writes {kinds}: name the -o file so ({path} is not). Nothing was written.</source>
        <translation>此指令產製 {kinds} 檔案：-o 之檔名請以此結尾（{path} 不是）。未寫入任何資料。</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>Patrol {ident} has already ended.</source>
        <translation>巡邏 {ident} 已經結束。</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡邏</translation>
    </message>
    <message>
        <source>Patrol event</source>
        <translation>巡邏紀錄</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <source>evidence file {id} no longer matches its SHA-256; run &apos;netpatrol verify&apos;</source>
        <translation>證據檔案 {id} 與其 SHA-256 已不相符；請執行「netpatrol verify」</translation>
    </message>
    <message>
        <source>truncated: the size is not a whole number of pages</source>
        <translation>檔案遭截斷：大小非頁面之整數倍</translation>
    </message>
    <message>
        <source>The vault was locked before this was finished; unlock it and try again.</source>
        <translation>本作業完成前保管庫已鎖定；請解鎖後再試一次。</translation>
    </message>
    <message>
        <source>a page failed its authentication check</source>
        <translation>有頁面未通過驗證</translation>
    </message>
    <message>
        <source>The browser could not complete the capture step {step}: {reason}</source>
        <translation>瀏覽器無法完成擷取步驟 {step}：{reason}</translation>
    </message>
    <message>
        <source>The browser did not answer in time during capture step {step}.</source>
        <translation>擷取步驟 {step} 期間瀏覽器逾時未回應。</translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed; nothing was stored. Reload the page and capture again.</source>
        <translation>網頁的繪製程序當機，未儲存任何資料。請重新載入網頁後再擷取。</translation>
    </message>
    <message>
        <source>No valid procedure file was found in {folder}; the checklist cannot be shown.</source>
        <translation>在 {folder} 找不到有效的程序檔，無法顯示檢核清單。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “{value}”.</source>
        <translation>--set 的格式為 欄位=值，而非「{value}」。</translation>
    </message>
    <message>
        <source>There is no step “{step}”; &apos;netpatrol steps --case CASE&apos; lists them.</source>
        <translation>沒有步驟「{step}」；可用 &apos;netpatrol steps --case 案件&apos; 列出所有步驟。</translation>
    </message>
    <message>
        <source>Site adapter {file}, line {line}: {problem}</source>
        <translation>網站轉接器 {file} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>A persona needs a name that no other persona in this folder uses.</source>
        <translation>身分須有名稱，且不可與此資料夾中的其他身分同名。</translation>
    </message>
    <message>
        <source>Choose a folder for persistent personas first.</source>
        <translation>請先選擇保存身分的資料夾。</translation>
    </message>
    <message>
        <source>A step cannot be recorded as done in the future ({at}).</source>
        <translation>步驟的辦理時間不能晚於現在（{at}）。</translation>
    </message>
    <message>
        <source>“{ident}” is no capture or evidence file of this case.</source>
        <translation>「{ident}」不是本案的蒐證或證據檔案。</translation>
    </message>
    <message>
        <source>The page navigated away while it was being captured; nothing was stored. Capture again.</source>
        <translation>擷取期間網頁已跳轉至他處，未儲存任何資料。請重新擷取。</translation>
    </message>
    <message>
        <source>The tab has no page to capture (nothing loaded, or it failed to load).</source>
        <translation>此分頁沒有可擷取的網頁（尚未載入或載入失敗）。</translation>
    </message>
    <message>
        <source>No case is chosen in the browser: the download was not kept. Choose a case and download again.</source>
        <translation>瀏覽器未選擇案件，下載的檔案未保存。請選擇案件後重新下載。</translation>
    </message>
    <message>
        <source>An identifier needs a kind and a value; {detail}</source>
        <translation>識別資料須有類別與內容；{detail}</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別資料</translation>
    </message>
    <message>
        <source>The screen recording could not be written ({detail}); nothing was stored.</source>
        <translation>無法寫入螢幕錄影（{detail}），未儲存任何資料。</translation>
    </message>
    <message>
        <source>--alias takes HANDLE=PSEUDONYM, not “{value}”.</source>
        <translation>--alias 的格式為 帳號=代號，而非「{value}」。</translation>
    </message>
    <message>
        <source>Print the log of one patrol (--patrol) or of one day (--day), not both.</source>
        <translation>請指定單次巡邏（--patrol）或某一日（--day）的紀錄，兩者擇一。</translation>
    </message>
    <message>
        <source>Capture {capture} holds no chat messages.</source>
        <translation>蒐證 {capture} 沒有聊天訊息。</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>擷取紀錄</translation>
    </message>
    <message>
        <source>Case {case} has no captured address to re-check.</source>
        <translation>案件 {case} 沒有可複查的蒐證網址。</translation>
    </message>
    <message>
        <source>Open the page to capture in the browser first.</source>
        <translation>請先在瀏覽器中開啟要擷取的網頁。</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it to capture evidence.</source>
        <translation>保管庫已鎖定：請解鎖後再擷取證據。</translation>
    </message>
    <message>
        <source>The tab was closed while it was being captured; nothing was stored.</source>
        <translation>擷取期間分頁已關閉，未儲存任何資料。</translation>
    </message>
    <message>
        <source>The vault was locked while the capture waited to be stored again; it was not stored. Unlock the vault and capture again.</source>
        <translation>擷取內容等待重新儲存期間保管庫已鎖定，因此未儲存。請解鎖保管庫後重新擷取。</translation>
    </message>
    <message>
        <source>The capture was not stored: no case was chosen. Capture again and choose a case.</source>
        <translation>未儲存擷取內容：尚未選擇案件。請重新擷取並選擇案件。</translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({reason}).</source>
        <translation>無法將文件寫入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟空間已滿</translation>
    </message>
    <message>
        <source>the site did not answer in time</source>
        <translation>網站未在時限內回應</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>無權限寫入該處</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>資料夾不存在</translation>
    </message>
    <message>
        <source>This NetPatrol build has no takedown re-check (Playwright was left out when it was built). Use a build that includes it, or re-check the addresses by hand.</source>
        <translation>此版本的網路巡邏工作站未包含下架複查功能（建置時未納入 Playwright）。請改用包含此功能的版本，或以人工方式複查網址。</translation>
    </message>
    <message>
        <source>The re-check browser could not be started ({reason}). Install Chromium on this workstation.</source>
        <translation>無法啟動複查用瀏覽器（{reason}），請在本工作站安裝 Chromium。</translation>
    </message>
    <message>
        <source>There is no persona storage-state file at {path}. Name the file, or re-check without a persona.</source>
        <translation>{path} 沒有身分的登入狀態檔。請指定該檔案，或不使用身分進行複查。</translation>
    </message>
    <message>
        <source>No chat conversation was found on this page (no scrolling list of messages); nothing was stored. Open the conversation itself, or capture the page as a page.</source>
        <translation>此網頁找不到聊天對話（沒有可捲動的訊息列表），未儲存任何資料。請開啟該對話本身，或改以網頁方式擷取整個網頁。</translation>
    </message>
    <message>
        <source>Chat adapter {file}, line {line}: the selector “{selector}” is not valid CSS.</source>
        <translation>聊天轉接器 {file} 第 {line} 行：選擇器「{selector}」不是有效的 CSS。</translation>
    </message>
    <message>
        <source>The transcript could not be written to {path} ({reason}).</source>
        <translation>無法將聊天紀錄寫入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{reason} Nothing was captured.</source>
        <translation>{reason}未擷取任何內容。</translation>
    </message>
    <message>
        <source>This case file is protected by a passphrase: set NETPATROL_EXPORT_PASSPHRASE to it.</source>
        <translation>此案件檔案以密碼保護：請將密碼設於 NETPATROL_EXPORT_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message>
        <source>{path} is not a NetPatrol case file.</source>
        <translation>{path} 不是 NetPatrol 案件檔案。</translation>
    </message>
    <message>
        <source>This case file was not encrypted to this workstation&apos;s key or the identity file given, or the part of it that carries the key for this workstation was damaged on the way: the two cannot be told apart. Ask the sending unit whether they exported it to your key (&apos;netpatrol keys show&apos;); if they did, ask them for the file again.</source>
        <translation>此案件檔案並非以本工作站金鑰或所給身分檔加密，或檔案中供本工作站解密之金鑰部分於傳遞途中受損：兩者無從區辨。請向寄件單位確認是否以您的金鑰（「netpatrol keys show」）匯出；如確係以您的金鑰匯出，請該單位重新提供檔案。</translation>
    </message>
    <message>
        <source>The case file&apos;s passphrase is wrong, or the file is damaged.</source>
        <translation>案件檔案密碼錯誤，或檔案已損壞。</translation>
    </message>
    <message>
        <source>This case file ({size} MB) was made by an earlier NetPatrol with a passphrase, which is opened in memory, and is too large to open here. Ask the sending unit to export it again.</source>
        <translation>此案件檔案（{size} MB）由較早版本的 NetPatrol 以密碼保護製作，須在記憶體中開啟，檔案過大，無法在此開啟。請寄件單位重新匯出。</translation>
    </message>
    <message>
        <source>The case file {path} could not be read to the end (a disk or USB stick error): copy it again and retry.</source>
        <translation>案件檔案 {path} 無法讀取完畢（磁碟或隨身碟錯誤）：請重新複製後再試。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a case file.</source>
        <translation>{path} 是資料夾，不是案件檔案。</translation>
    </message>
    <message>
        <source>The case file {path} could not be read ({reason}).</source>
        <translation>無法讀取案件檔案 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>What was given as the receiving workstation&apos;s key looks like a secret key, which must never leave its workstation: give its workstation key, which starts with age1 (&apos;netpatrol keys show&apos;).</source>
        <translation>所提供之收件工作站金鑰看似私鑰，私鑰絕不可離開其工作站：請改提供以 age1 開頭之工作站金鑰（「netpatrol keys show」）。</translation>
    </message>
    <message>
        <source>The case file is damaged or was altered ({detail}): ask the sending unit for it again.</source>
        <translation>案件檔案已損壞或遭變更（{detail}）：請向寄件單位重新索取。</translation>
    </message>
    <message>
        <source>This case file was made by a newer NetPatrol (case-file format {found}; this version reads {known}): update NetPatrol to receive it.</source>
        <translation>此案件檔由較新版本之網路巡邏工作站製作（案件檔格式 {found}；本版本可讀 {known}）：請更新程式後再接收。</translation>
    </message>
    <message>
        <source>This case (or evidence in it) is already in this vault, as {number}. Nothing was imported.</source>
        <translation>本案（或其中證據）已在本保管庫中，案號 {number}。未匯入任何資料。</translation>
    </message>
    <message>
        <source>{recipient} is not a workstation key. The key starts with age1; the receiving workstation shows it under Tools → Workstation keys (or &apos;netpatrol keys show&apos;).</source>
        <translation>{recipient} 不是工作站金鑰。工作站金鑰以 age1 開頭，可在收件工作站的「工具 → 案件檔案用工作站金鑰」（或執行「netpatrol keys show」）查看。</translation>
    </message>
    <message>
        <source>The identity file {path} cannot be read.</source>
        <translation>無法讀取身分檔 {path}。</translation>
    </message>
    <message>
        <source>{path} is not an age identity file.</source>
        <translation>{path} 不是 age 身分檔。</translation>
    </message>
    <message>
        <source>Name the receiving workstation&apos;s key (--recipient) or set NETPATROL_EXPORT_PASSPHRASE: one of the two.</source>
        <translation>請指定收件工作站金鑰（--recipient）或設定 NETPATROL_EXPORT_PASSPHRASE，兩者擇一。</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件檔案</translation>
    </message>
    <message>
        <source>{given} is not a day: write 114/07/08 or 2025-07-08.</source>
        <translation>{given} 不是日期：請寫成 114/07/08 或 2025-07-08。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>統計期間的結束日（{last}）早於起始日（{first}）。</translation>
    </message>
    <message>
        <source>--include-sealed needs --reason: why the sealed identities must go with this case file.</source>
        <translation>使用 --include-sealed 時須以 --reason 敘明密封身分隨案件檔案移交之事由。</translation>
    </message>
    <message>
        <source>{path} is not a NetPatrol case file. Whether a document or an evidence file is one this vault produced, unchanged, is what &apos;netpatrol provenance {path}&apos; tells.</source>
        <translation>{path} 不是 NetPatrol 案件檔案。若要核對文件或證據檔案是否為本保管庫產製且未經更動，請使用「netpatrol provenance {path}」。</translation>
    </message>
    <message>
        <source>There is no group of actions named {name} (there are: {names}).</source>
        <translation>沒有名為 {name} 的動作類別（可用：{names}）。</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>無法讀取檔案 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{count} files could not be read, so none was checked: {files}.</source>
        <translation>有 {count} 個檔案無法讀取，因此均未核對：{files}。</translation>
    </message>
    <message>
        <source>{path} ({reason})</source>
        <translation>{path}（{reason}）</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>沒有此檔案</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>此為資料夾</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>無讀取權限</translation>
    </message>
    <message>
        <source>{typed} is not a chain head as pages print it: write the entry number, a colon and at least the first 8 characters of the hash (576:b2283c1e).</source>
        <translation>{typed} 不是頁尾所印的稽核鏈末端格式：請輸入紀錄序號、冒號及雜湊值的前 8 個以上字元（例如 576:b2283c1e）。</translation>
    </message>
    <message>
        <source>Name a file to check, or a page&apos;s chain head with --head.</source>
        <translation>請指定要核對的檔案，或以 --head 指定紙本頁尾的稽核鏈末端。</translation>
    </message>
    <message>
        <source>This case file does not agree with case {number} as this vault holds it ({detail}).</source>
        <translation>此案件檔案與本保管庫所存案件 {number} 不一致（{detail}）。</translation>
    </message>
    <message>
        <source>Case {number} came back signed by a key never seen for this case, fingerprint {fingerprint}: if the sending unit confirms by phone or on paper that this is their key, import it again with --accept-signer &quot;{fingerprint}&quot;; nothing was imported.</source>
        <translation>案件 {number} 退回時所用之簽章金鑰從未見於本案，指紋為 {fingerprint}：如寄件單位以電話或書面確認此為該單位之金鑰，請加上 --accept-signer &quot;{fingerprint}&quot; 重新匯入；本次未匯入任何資料。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (http:// or https://).</source>
        <translation>「{url}」不是網址（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>{path} is a file of the vault itself: name another file to write. Nothing was written.</source>
        <translation>{path} 是保管庫本身的檔案：請指定其他檔案寫入。未寫入任何檔案。</translation>
    </message>
    <message>
        <source>{path} already exists: name another file, or add --force to replace it. Nothing was written.</source>
        <translation>{path} 已存在：請指定其他檔名，或加上 --force 以取代該檔案。未寫入任何檔案。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or name a file in a folder that exists. Nothing was written.</source>
        <translation>資料夾 {folder} 不存在：請先建立該資料夾，或指定位於既有資料夾中之檔案。未寫入任何檔案。</translation>
    </message>
    <message>
        <source>{path} was written but could not be recorded in the vault&apos;s audit log, nor removed: delete it and do not hand it over, then try again.</source>
        <translation>{path} 已寫入，但無法記入保管庫稽核紀錄，也無法刪除：請自行刪除該檔案且切勿移交，再重試一次。</translation>
    </message>
    <message>
        <source>The backup written to {path} did not read back whole (the disk or stick may be failing), so it was not kept. The vault itself is unchanged.</source>
        <translation>寫入 {path} 之備份無法完整讀回（磁碟或隨身碟可能故障），故未保留。保管庫本身未有任何變動。</translation>
    </message>
</context>
<context>
    <name>evidence_check</name>
    <message>
        <source>Poster&apos;s account name and ID</source>
        <translation>張貼者帳號名稱及 ID</translation>
    </message>
    <message>
        <source>No account name or ID was found on the page: add it by hand from the image.</source>
        <translation>網頁上未找到帳號名稱或 ID：請依截圖手動補登。</translation>
    </message>
    <message>
        <source>Poster&apos;s IP address (where the site shows it)</source>
        <translation>張貼者 IP 位址（網站有顯示者）</translation>
    </message>
    <message>
        <source>This site shows the poster&apos;s IP, but none was found: check the 發信站 line.</source>
        <translation>此網站會顯示張貼者 IP，但未找到：請檢查「發信站」行。</translation>
    </message>
    <message>
        <source>This site does not show posters&apos; IP addresses.</source>
        <translation>此網站不顯示張貼者 IP 位址。</translation>
    </message>
    <message>
        <source>The content and its full URL</source>
        <translation>張貼內容及完整連結網址</translation>
    </message>
    <message>
        <source>The URL is missing.</source>
        <translation>缺少網址。</translation>
    </message>
    <message>
        <source>The page&apos;s content was not saved.</source>
        <translation>未保存網頁內容。</translation>
    </message>
    <message>
        <source>Full-page image, not a partial one</source>
        <translation>全頁截圖（非部分截圖）</translation>
    </message>
    <message>
        <source>A chat capture keeps every message and the screen as seen; for a full-page image capture the page as well.</source>
        <translation>聊天擷取保存每一則訊息及所見畫面；如需全頁截圖，請另行擷取整個網頁。</translation>
    </message>
    <message>
        <source>Burst and recording captures hold what was on screen; capture the page as well.</source>
        <translation>連拍與錄影僅保存畫面所見；請同時擷取整個網頁。</translation>
    </message>
    <message>
        <source>1 tile, whole page.</source>
        <translation>1 張分段圖，涵蓋整頁。</translation>
    </message>
    <message>
        <source>{count} tiles, whole page.</source>
        <translation>{count} 張分段圖，涵蓋整頁。</translation>
    </message>
    <message>
        <source>1 frame or video captured.</source>
        <translation>已擷取 1 張畫面或段錄影。</translation>
    </message>
    <message>
        <source>{count} frames or videos captured.</source>
        <translation>已擷取 {count} 張畫面或段錄影。</translation>
    </message>
    <message>
        <source>1 file in the encrypted vault, with its SHA-256.</source>
        <translation>1 個檔案已存入加密保管庫，附 SHA-256 雜湊值。</translation>
    </message>
    <message>
        <source>{count} files in the encrypted vault, each with its SHA-256.</source>
        <translation>{count} 個檔案已存入加密保管庫，各附 SHA-256 雜湊值。</translation>
    </message>
    <message>
        <source>There is no full-page image.</source>
        <translation>沒有全頁截圖。</translation>
    </message>
    <message>
        <source>Ephemeral content captured at once</source>
        <translation>限時動態或一次性內容已即時截圖</translation>
    </message>
    <message>
        <source>For stories and one-time views use burst mode or recording.</source>
        <translation>限時動態及一次性觀看訊息請使用連拍或錄影。</translation>
    </message>
    <message>
        <source>Electronic records kept safely</source>
        <translation>電磁紀錄妥善保存</translation>
    </message>
    <message>
        <source>The capture is not stored in the encrypted vault yet.</source>
        <translation>擷取內容尚未存入加密保管庫。</translation>
    </message>
    <message>
        <source>Some files in the vault do not match what was captured.</source>
        <translation>保管庫中部分檔案與擷取內容不符。</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>Received from {unit} (their case number {number}) on {date}.</source>
        <translation>{roc_date}自{unit}移交收案（原案號 {number}）。</translation>
    </message>
    <message>
        <source>{name} is out of place</source>
        <translation>{name} 位置不對</translation>
    </message>
    <message>
        <source>it holds {name}, which its signed manifest does not list</source>
        <translation>內含已簽章清單未列之 {name}</translation>
    </message>
    <message>
        <source>{name} has {size} bytes; the manifest says {expected}</source>
        <translation>{name} 為 {size} 位元組，清單記載為 {expected}</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>讀取期間檔案遭變更</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>清單無法讀取</translation>
    </message>
    <message>
        <source>its manifest is of another kind or version</source>
        <translation>清單格式或版本不符</translation>
    </message>
    <message>
        <source>its signature does not match its manifest</source>
        <translation>簽章與清單不符</translation>
    </message>
    <message>
        <source>its signed manifest is malformed at {field}</source>
        <translation>已簽章清單之 {field} 欄位格式不符</translation>
    </message>
    <message>
        <source>the sealed identity {id} does not match its SHA-256 in the manifest</source>
        <translation>密封身分 {id} 與清單所載 SHA-256 不符</translation>
    </message>
    <message>
        <source>evidence file {id} does not match its SHA-256 in the manifest</source>
        <translation>證據檔案 {id} 與清單所載 SHA-256 不符</translation>
    </message>
    <message>
        <source>it ends before its signature</source>
        <translation>檔案在簽章之前即已結束</translation>
    </message>
    <message>
        <source>evidence file {id} is missing</source>
        <translation>缺少證據檔案 {id}</translation>
    </message>
    <message>
        <source>the sealed identity {id} is missing</source>
        <translation>缺少密封身分 {id}</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>檔案提前結束</translation>
    </message>
    <message>
        <source>its parts are not a case file&apos;s</source>
        <translation>其組成部分不符案件檔案格式</translation>
    </message>
    <message>
        <source>its passphrase-protected key is not readable</source>
        <translation>以密碼保護的金鑰無法讀取</translation>
    </message>
    <message>
        <source>its contents are not a case file&apos;s</source>
        <translation>內容不是案件檔案</translation>
    </message>
    <message>
        <source>its encryption does not check out</source>
        <translation>加密驗證未通過</translation>
    </message>
    <message>
        <source>Case {number} was already here (it came back): added {captures}, {files}, {people}, {identifiers} and {steps}; what was here is unchanged.</source>
        <translation>案件 {number} 已在本保管庫（為退回之案件）：新增{captures}、{files}、{people}、{identifiers}、{steps}；原有資料未變更。</translation>
    </message>
    <message>
        <source>1 capture</source>
        <translation>擷取 1 筆</translation>
    </message>
    <message>
        <source>{count} captures</source>
        <translation>擷取 {count} 筆</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>關係人 1 人</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>關係人 {count} 人</translation>
    </message>
    <message>
        <source>1 identifier</source>
        <translation>識別資料 1 筆</translation>
    </message>
    <message>
        <source>{count} identifiers</source>
        <translation>識別資料 {count} 筆</translation>
    </message>
    <message>
        <source>1 step record</source>
        <translation>辦理步驟紀錄 1 筆</translation>
    </message>
    <message>
        <source>{count} step records</source>
        <translation>辦理步驟紀錄 {count} 筆</translation>
    </message>
    <message>
        <source>Sealed identities sealed in this vault: {sealed}; they are read only through a reveal. Left as they were, because this vault already holds them: {kept}.</source>
        <translation>已於本保管庫密封之身分：{sealed} 筆，僅能經揭露程序檢視。本保管庫已存有而維持原狀者：{kept} 筆。</translation>
    </message>
    <message>
        <source>The other unit&apos;s file undoes {count} of this unit&apos;s own steps ({steps}); they were not undone here and stay as this unit recorded them: an officer here may undo them if that is right.</source>
        <translation>對方單位之檔案撤銷本單位自行勾選之步驟 {count} 項（{steps}）；本保管庫未予撤銷，仍維持本單位之紀錄：如確應撤銷，請由本單位承辦人自行撤銷。</translation>
    </message>
    <message>
        <source>The other unit&apos;s file ticks again {count} of this unit&apos;s own steps ({steps}); those records were not applied: the steps, and the deadlines they start or stop, stay as this unit recorded them.</source>
        <translation>對方單位之檔案再次勾選本單位自行勾選之步驟 {count} 項（{steps}）；該等紀錄未予套用：步驟及其起算或停止之法定期限，仍維持本單位之紀錄。</translation>
    </message>
    <message>
        <source>Step records made at the other unit bear the name of {names}, which is also the name of an officer of this unit: they are the other unit&apos;s records; if that officer did not work there, ask the sending unit.</source>
        <translation>對方單位所作之辦理步驟紀錄記載 {names} 之姓名，與本單位員警同名：此為對方單位之紀錄；如本單位該員警未曾於該單位辦理，請向寄件單位查明。</translation>
    </message>
    <message>
        <source>1 step record of the case file is for a step this workstation&apos;s procedure does not have ({steps}): it is kept as the other unit recorded it, but ticks nothing here and starts no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</source>
        <translation>案件檔內有 1 筆辦理步驟紀錄所載之步驟為本工作站作業程序所無（{steps}）：已依對方單位原紀錄保存，但不勾選本工作站任何步驟，亦不起算任何期限。對方單位可能使用其他版本之作業程序；如有疑義，請向該單位查明。</translation>
    </message>
    <message>
        <source>{count} step records of the case file are for steps this workstation&apos;s procedure does not have ({steps}): they are kept as the other unit recorded them, but tick nothing here and start no deadline. The other unit may work under another revision of the procedure; if in doubt, ask them.</source>
        <translation>案件檔內有 {count} 筆辦理步驟紀錄所載之步驟為本工作站作業程序所無（{steps}）：已依對方單位原紀錄保存，但不勾選本工作站任何步驟，亦不起算任何期限。對方單位可能使用其他版本之作業程序；如有疑義，請向該單位查明。</translation>
    </message>
    <message>
        <source>{ident} is in another case here</source>
        <translation>{ident} 在本保管庫屬於另一案件</translation>
    </message>
    <message>
        <source>evidence file {ident} has another SHA-256 here</source>
        <translation>證據檔案 {ident} 在本保管庫之 SHA-256 不同</translation>
    </message>
    <message>
        <source>capture {ident} is recorded differently here</source>
        <translation>擷取 {ident} 在本保管庫之紀錄不同</translation>
    </message>
    <message>
        <source>it adds evidence file {ident} to capture {capture}, which was stored here and is closed</source>
        <translation>其將證據檔案 {ident} 加入本保管庫已完整存入、不得再增補之擷取 {capture}</translation>
    </message>
    <message>
        <source>{pseudonym} is another person here</source>
        <translation>本保管庫之{pseudonym}為另一人</translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>Account name</source>
        <translation>帳號名稱</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>帳號 ID</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>個人頁面網址</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>貼文 ID</translation>
    </message>
    <message>
        <source>Post time</source>
        <translation>張貼時間</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>貼文標題</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Other IP address</source>
        <translation>其他 IP 位址</translation>
    </message>
    <message>
        <source>Poster&apos;s IP address</source>
        <translation>發文者 IP 位址</translation>
    </message>
    <message>
        <source>text line {line}</source>
        <translation>文字第 {line} 行</translation>
    </message>
    <message>
        <source>site adapter {adapter}: {where}</source>
        <translation>網站轉接器 {adapter}：{where}</translation>
    </message>
    <message>
        <source>corrected by the officer (was: {source})</source>
        <translation>員警更正（原為：{source}）</translation>
    </message>
    <message>
        <source>entered by the officer</source>
        <translation>員警輸入</translation>
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
    <name>net</name>
    <message>
        <source>No server answers to this name: check the address; the site may no longer exist.</source>
        <translation>找不到這個網址的伺服器：請檢查網址是否正確，網站也可能已不存在。</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>網站未在時限內回應。</translation>
    </message>
    <message>
        <source>The connection broke off before the page arrived.</source>
        <translation>網頁傳回前連線即中斷。</translation>
    </message>
    <message>
        <source>This workstation is not connected to the internet.</source>
        <translation>本工作站目前沒有網路連線。</translation>
    </message>
    <message>
        <source>The site refused the connection.</source>
        <translation>網站拒絕連線。</translation>
    </message>
    <message>
        <source>The site&apos;s address cannot be reached from this network.</source>
        <translation>從本網路無法連到該網站的位址。</translation>
    </message>
    <message>
        <source>The site closed the connection without sending a page.</source>
        <translation>網站未傳回任何網頁即關閉連線。</translation>
    </message>
    <message>
        <source>Browsers do not connect to this port: the address is probably wrong.</source>
        <translation>瀏覽器不會連線到這個連接埠：網址可能有誤。</translation>
    </message>
    <message>
        <source>The proxy server could not be reached.</source>
        <translation>無法連線到 Proxy 伺服器。</translation>
    </message>
    <message>
        <source>The network changed while the page was loading: try again.</source>
        <translation>載入時網路狀態改變，請再試一次。</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>網址格式不正確。</translation>
    </message>
    <message>
        <source>The page could not be loaded.</source>
        <translation>無法載入網頁。</translation>
    </message>
    <message>
        <source>{sentence} ({technical})</source>
        <translation>{sentence}（{technical}）</translation>
    </message>
    <message>
        <source>The site answered HTTP {status}: the page shown is the site&apos;s own error page.</source>
        <translation>網站回應 HTTP {status}：目前顯示的是該網站自己的錯誤頁面。</translation>
    </message>
</context>
<context>
    <name>patrol</name>
    <message>
        <source>Patrol started</source>
        <translation>開始巡邏</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>截圖存證</translation>
    </message>
    <message>
        <source>Downloaded into the vault</source>
        <translation>下載至保管庫</translation>
    </message>
    <message>
        <source>Proceeded despite TLS error</source>
        <translation>憑證錯誤仍繼續</translation>
    </message>
    <message>
        <source>Paused: the vault was locked</source>
        <translation>暫停：保管庫已鎖定</translation>
    </message>
    <message>
        <source>Resumed: the vault was unlocked</source>
        <translation>繼續：保管庫已解鎖</translation>
    </message>
    <message>
        <source>Patrol ended</source>
        <translation>結束巡邏</translation>
    </message>
    <message>
        <source>Closed after the application ended unexpectedly</source>
        <translation>程式意外結束後補行關閉</translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>Account or alias</source>
        <translation>帳號或暱稱</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Phone or contact</source>
        <translation>電話或聯絡方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <source>Off the record</source>
        <translation>無痕（不保存）</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>{where} must be an object {{…}}.</source>
        <translation>{where} 必須是物件 {{…}}。</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in {where} (allowed: {allowed}).</source>
        <translation>{where} 含有未知的鍵「{key}」（可用：{allowed}）。</translation>
    </message>
    <message>
        <source>{where} lacks the required key &quot;{key}&quot;.</source>
        <translation>{where} 缺少必要的鍵「{key}」。</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text.</source>
        <translation>{where} 必須是非空白的文字。</translation>
    </message>
    <message>
        <source>{where} has the malformed value &quot;{value}&quot;.</source>
        <translation>{where} 的值「{value}」格式不正確。</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} 必須是 true 或 false。</translation>
    </message>
    <message>
        <source>{where} must be a list […].</source>
        <translation>{where} 必須是清單 […]。</translation>
    </message>
    <message>
        <source>{where} must be a whole number of zero or more.</source>
        <translation>{where} 必須是零或正整數。</translation>
    </message>
    <message>
        <source>{where} must be longer than zero.</source>
        <translation>{where} 必須大於零。</translation>
    </message>
    <message>
        <source>{where} must be an object {{&quot;zh_TW&quot;: …, &quot;en&quot;: …}} (or a text in Chinese).</source>
        <translation>{where} 必須是物件 {{&quot;zh_TW&quot;: …, &quot;en&quot;: …}}（或僅以中文書寫之文字）。</translation>
    </message>
    <message>
        <source>this is not valid JSON ({detail}, column {column}).</source>
        <translation>不是有效的 JSON（{detail}，第 {column} 欄）。</translation>
    </message>
    <message>
        <source>format {found} is not one this NetPatrol reads (it reads format {known}).</source>
        <translation>本版 NetPatrol 無法讀取格式 {found}（可讀取格式 {known}）。</translation>
    </message>
    <message>
        <source>field type &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>欄位類型「{value}」不明（可用：{known}）。</translation>
    </message>
    <message>
        <source>a field has choices if and only if its type is &quot;choice&quot;.</source>
        <translation>只有類型為「choice」的欄位才有選項，且必須有選項。</translation>
    </message>
    <message>
        <source>only a choice field can record a fact.</source>
        <translation>只有選項欄位可以記錄案件事實。</translation>
    </message>
    <message>
        <source>this step could never be completed: it is not manual and names no event.</source>
        <translation>此步驟永遠無法完成：既非人工勾選，也未指定完成事件。</translation>
    </message>
    <message>
        <source>gate &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>條件閘「{value}」不明（可用：{known}）。</translation>
    </message>
    <message>
        <source>clock kind &quot;{value}&quot; is unknown (known: {known}).</source>
        <translation>時限類型「{value}」不明（可用：{known}）。</translation>
    </message>
    <message>
        <source>a retention period is given in days only.</source>
        <translation>資料保留期間只能以日計算。</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; names the unknown section &quot;{value}&quot;.</source>
        <translation>步驟「{step}」指定了不存在的章節「{value}」。</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; requires the unknown step &quot;{value}&quot;.</source>
        <translation>步驟「{step}」的前置步驟「{value}」不存在。</translation>
    </message>
    <message>
        <source>step &quot;{step}&quot; starts the unknown clock &quot;{value}&quot;.</source>
        <translation>步驟「{step}」啟動了不存在的時限「{value}」。</translation>
    </message>
    <message>
        <source>section &quot;{value}&quot; has no steps.</source>
        <translation>章節「{value}」沒有任何步驟。</translation>
    </message>
    <message>
        <source>the closing step &quot;{value}&quot; is not a step of this procedure.</source>
        <translation>結案步驟「{value}」不是本程序的步驟。</translation>
    </message>
    <message>
        <source>the id &quot;{value}&quot; is used twice.</source>
        <translation>代碼「{value}」重複使用。</translation>
    </message>
    <message>
        <source>clock &quot;{clock}&quot; must be started by exactly one step (found {count}).</source>
        <translation>時限「{clock}」必須由恰好一個步驟啟動（目前有 {count} 個）。</translation>
    </message>
    <message>
        <source>clock &quot;{clock}&quot; is stopped by the unknown step &quot;{value}&quot;.</source>
        <translation>時限「{clock}」的停止步驟「{value}」不存在。</translation>
    </message>
    <message>
        <source>a clock&apos;s condition cannot depend on another clock.</source>
        <translation>時限的適用條件不得取決於其他時限。</translation>
    </message>
    <message>
        <source>the condition names the unknown clock &quot;{value}&quot;.</source>
        <translation>條件指定了不存在的時限「{value}」。</translation>
    </message>
    <message>
        <source>the condition names &quot;{value}&quot;, which no step records as a fact.</source>
        <translation>條件指定的「{value}」並非任何步驟記錄的案件事實。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a possible value of {fact} (possible: {allowed}).</source>
        <translation>「{value}」不是 {fact} 的可能值（可能值：{allowed}）。</translation>
    </message>
    <message>
        <source>the prerequisites form a loop: {loop}.</source>
        <translation>前置步驟形成循環：{loop}。</translation>
    </message>
    <message>
        <source>the file cannot be read as UTF-8 text ({detail}).</source>
        <translation>無法以 UTF-8 文字讀取此檔案（{detail}）。</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <source>Not a file this vault issued, sent, received or holds as evidence: no record carries its SHA-256. A copy changed in a single byte reads the same.</source>
        <translation>並非本保管庫產製、移交、接收或保存為證據的檔案：沒有任何紀錄載有此 SHA-256 雜湊值。即使只更動一個位元組的複本，結果也是如此。</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>無案件</translation>
    </message>
    <message>
        <source>Issued by this vault on {time} by {officer}: {document} ({case}), saved as {file} (audit entry #{seq}).</source>
        <translation>本保管庫於 {time} 由 {officer} 產製：{document}（{case}），存檔名稱 {file}（稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>The text of {document} ({case}), copied on {time} by {officer} (audit entry #{seq}).</source>
        <translation>{document}（{case}）之文字內容，於 {time} 由 {officer} 複製（稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>Written out of this vault on {time} by {officer} as {file} ({case}, audit entry #{seq}).</source>
        <translation>於 {time} 由 {officer} 自本保管庫匯出為 {file}（{case}，稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>The case file of {case} that this vault sent on {time} ({officer}), written as {file} (audit entry #{seq}).</source>
        <translation>本保管庫於 {time} 移交之 {case} 案件檔案（{officer}），檔名 {file}（稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>The case file this vault received on {time} ({officer}) for {case}, which was already here: what it added was imported (audit entry #{seq}).</source>
        <translation>本保管庫於 {time} 接收之 {case} 案件檔案（{officer}）；該案原已在本保管庫中，已匯入其新增內容（稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>The case file this vault received on {time} ({officer}) and imported as {case} (audit entry #{seq}).</source>
        <translation>本保管庫於 {time} 接收並匯入為 {case} 之案件檔案（{officer}）（稽核紀錄第 {seq} 筆）。</translation>
    </message>
    <message>
        <source>Evidence file {artifact} of {case} ({kind}, {name}, {size:,} bytes), hashed when acquired on {time}: these are its bytes.</source>
        <translation>{case} 之證據檔案 {artifact}（{kind}，{name}，{size:,} 位元組），於 {time} 取得時計算雜湊值：內容與之完全相同。</translation>
    </message>
    <message>
        <source>This vault&apos;s chain ends at entry #{last}: the page was not printed from this vault, or its head was misread.</source>
        <translation>本保管庫的稽核鏈只到第 {last} 筆：該頁並非由本保管庫列印，或頁尾的稽核鏈末端抄錯。</translation>
    </message>
    <message>
        <source>Entry #{seq} of this vault&apos;s chain begins with {found}, not {typed}: the page was not printed from this vault, or its head was misread.</source>
        <translation>本保管庫稽核鏈第 {seq} 筆的雜湊值開頭為 {found}，而非 {typed}：該頁並非由本保管庫列印，或頁尾的稽核鏈末端抄錯。</translation>
    </message>
    <message>
        <source>Entry #{seq} of this vault&apos;s chain begins with {typed}: the page was printed from this vault.</source>
        <translation>本保管庫稽核鏈第 {seq} 筆的雜湊值開頭為 {typed}：該頁由本保管庫列印。</translation>
    </message>
    <message>
        <source>No document issued right after that entry is recorded.</source>
        <translation>該筆紀錄之後並無產製文件的紀錄。</translation>
    </message>
    <message>
        <source>It belongs to {document} ({case}), issued on {time} by {officer} and saved as {file} (audit entry #{issued}); the file&apos;s SHA-256 was {sha256}.</source>
        <translation>該頁屬於 {document}（{case}），於 {time} 由 {officer} 產製，存檔名稱 {file}（稽核紀錄第 {issued} 筆）；該檔案的 SHA-256 為 {sha256}。</translation>
    </message>
</context>
<context>
    <name>pseudonyms</name>
    <message>
        <source>Reporter {label}</source>
        <translation>報告人{label}</translation>
    </message>
    <message>
        <source>Informant {label}</source>
        <translation>告發人{label}</translation>
    </message>
    <message>
        <source>Victim {label}</source>
        <translation>被害人{label}</translation>
    </message>
    <message>
        <source>Suspect {label}</source>
        <translation>犯嫌{label}</translation>
    </message>
    <message>
        <source>Witness {label}</source>
        <translation>證人{label}</translation>
    </message>
</context>
<context>
    <name>recheck</name>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>已限制瀏覽</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>仍在線上</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>無法判定</translation>
    </message>
    <message>
        <source>login wall: {rest}</source>
        <translation>登入牆：{rest}</translation>
    </message>
    <message>
        <source>could not be opened: {rest}</source>
        <translation>無法開啟：{rest}</translation>
    </message>
    <message>
        <source>HTTP status {rest}</source>
        <translation>HTTP 狀態碼 {rest}</translation>
    </message>
    <message>
        <source>final address matches {rest}</source>
        <translation>最終網址符合 {rest}</translation>
    </message>
    <message>
        <source>page text matches {rest}</source>
        <translation>頁面文字符合 {rest}</translation>
    </message>
    <message>
        <source>the file needs &quot;platforms&quot; with a &quot;default&quot; entry.</source>
        <translation>檔案須有 &quot;platforms&quot;，且其中有 &quot;default&quot; 項目。</translation>
    </message>
    <message>
        <source>each platform must be an object.</source>
        <translation>每個平臺須為物件（{…}）。</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;.</source>
        <translation>不認得的欄位 &quot;{key}&quot;。</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must be a list of host names.</source>
        <translation>&quot;hosts&quot; 須為主機名稱清單。</translation>
    </message>
    <message>
        <source>rules may only have &quot;status&quot;, &quot;final_url&quot; and &quot;text&quot;.</source>
        <translation>規則只能有 &quot;status&quot;、&quot;final_url&quot; 與 &quot;text&quot;。</translation>
    </message>
    <message>
        <source>&quot;status&quot; must list HTTP status codes.</source>
        <translation>&quot;status&quot; 須列出 HTTP 狀態碼。</translation>
    </message>
    <message>
        <source>expected a list of regular expressions.</source>
        <translation>此處須為正規表示式清單。</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;{pattern}&quot;: {error}</source>
        <translation>正規表示式 &quot;{pattern}&quot; 有誤：{error}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Takedown referral to the Women and Children Police Corps</source>
        <translation>網路內容申訴下架陳報單（陳報婦幼警察隊）</translation>
    </message>
    <message>
        <source>Platform notice fields (Enforcement Rules §5)</source>
        <translation>通知網路平臺應載事項（施行細則第5條）</translation>
    </message>
    <message>
        <source>Platform notice fields</source>
        <translation>通知網路平臺應載事項</translation>
    </message>
    <message>
        <source>Report to the social authority (Art. 7)</source>
        <translation>兒少性剝削案件通報單（條例第7條，通報社政主管機關）</translation>
    </message>
    <message>
        <source>Request for DNS RPZ blocking through the social authority</source>
        <translation>請社政主管機關函請停止解析（DNS RPZ）事證提供單</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>聊天紀錄</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>蒐證編號</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Acquired at</source>
        <translation>取得時間</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>紀錄雜湊值</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>蒐證時間</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Evidence files, checked when printed</source>
        <translation>證據檔案（列印時核對）</translation>
    </message>
    <message>
        <source>Audit chain, checked when printed</source>
        <translation>稽核鏈（列印時核對）</translation>
    </message>
    <message>
        <source>Case files signed by the key (fingerprint)</source>
        <translation>案件檔案簽章金鑰（指紋）</translation>
    </message>
    <message>
        <source>Case file SHA-256</source>
        <translation>案件檔案 SHA-256</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>清單 SHA-256</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件檔案</translation>
    </message>
    <message>
        <source>{file} (entry #{seq}, {time}, {officer})</source>
        <translation>{file}（稽核紀錄第 {seq} 筆，{time}，{officer}）</translation>
    </message>
    <message>
        <source>5. Case files</source>
        <translation>五、案件檔案</translation>
    </message>
    <message>
        <source>Case files made of this case on this workstation. They can be checked without NetPatrol: the SHA-256 of the file as received (sha256sum) must equal the one below; once it is opened (age, tar), its manifest.json must have the manifest SHA-256 below and must have been signed by the key whose fingerprint is printed above. The manifest&apos;s README says how, in Chinese and English.</source>
        <translation>本工作站就本案製作之案件檔案。不需 NetPatrol 即可核對：收到之檔案之 SHA-256（sha256sum）應等於下列數值；開啟後（age、tar），其 manifest.json 之 SHA-256 應等於下列清單 SHA-256，且其簽章金鑰之指紋應等於上方所印之指紋。核對方法詳見清單內之 README（中英文）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Unit / officer</source>
        <translation>單位／承辦人</translation>
    </message>
    <message>
        <source>Captures / artifacts</source>
        <translation>蒐證次數／檔案數</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>稽核鏈末端</translation>
    </message>
    <message>
        <source>Every artifact was hashed with SHA-256 when acquired. Anyone can re-check a file: its SHA-256 must equal the value printed here. The custody log is the case&apos;s part of the vault&apos;s hash-chained audit log; &apos;netpatrol verify&apos; checks the whole chain.</source>
        <translation>每一檔案於取得時即計算 SHA-256 雜湊值；任何人均可複核：檔案之 SHA-256 應與本清單所載相同。保管紀錄為保管庫雜湊鏈稽核紀錄中屬於本案之部分，可以「netpatrol verify」驗證整條稽核鏈。</translation>
    </message>
    <message>
        <source>1. Captures</source>
        <translation>一、蒐證紀錄</translation>
    </message>
    <message>
        <source>2. Artifacts and SHA-256</source>
        <translation>二、證據檔案及 SHA-256 雜湊值</translation>
    </message>
    <message>
        <source>3. Identifiers found</source>
        <translation>三、查得之識別資料</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>4. Custody log</source>
        <translation>四、證物保管紀錄</translation>
    </message>
    <message>
        <source>No sealed identity (reporter, informant, victim) is part of this list; people appear only by pseudonym.</source>
        <translation>本清單不含任何密封身分（報告人、告發人、被害人）資料，相關人員僅以代號表示。</translation>
    </message>
    <message>
        <source>Evidence list and custody log</source>
        <translation>證物清單及保管紀錄</translation>
    </message>
    <message>
        <source>[{number}] {title}</source>
        <translation>【{number}】{title}</translation>
    </message>
    <message>
        <source>Transfer note to the precinct family-protection officer</source>
        <translation>移送案件副知分局防治組家防官通知單</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>陳報單位</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Officer phone</source>
        <translation>承辦人電話</translation>
    </message>
    <message>
        <source>Officer e-mail</source>
        <translation>承辦人電子郵件</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>製表時間</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Complete URL</source>
        <translation>完整網址連結</translation>
    </message>
    <message>
        <source>WARNING: this case has no capture yet. Capture the content before any takedown request (guideline 陸.二(二)).</source>
        <translation>注意：本案尚無蒐證紀錄。申訴下架前務必完成蒐證（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>WARNING: captures {ids} are marked incomplete. A takedown may destroy the data still missing (guideline 陸.二(二)).</source>
        <translation>注意：蒐證 {ids} 標示為不完整；下架可能使尚未取得之資料滅失（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>The identities of reporters, informants and victims are sealed (Child and Youth Sexual Exploitation Prevention Act Art. 7; Enforcement Rules §2) and are not part of this document; the officer in charge provides them through official channels when the law requires.</source>
        <translation>報告人、告發人及被害人之身分資料依兒童及少年性剝削防制條例第7條及施行細則第2條另行密封，不列入本文件；依法需要時由承辦人循公務管道提供。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Please refer the following online content to iWIN and, where it is a sexual image of a child or youth, to the Sexual Image Abuse Response Center (性影像處理中心) for removal (guideline 陸.二(一)).</source>
        <translation>下列網路內容請轉報 iWIN 網路內容防護機構；如屬兒少性影像，並請轉報衛生福利部性影像處理中心協助下架（工作指引陸.二(一)）。</translation>
    </message>
    <message>
        <source>1. Reason (事由)</source>
        <translation>一、事由</translation>
    </message>
    <message>
        <source>2. Complete URLs of the content</source>
        <translation>二、網路內容之完整網址連結</translation>
    </message>
    <message>
        <source>3. Evidence (事證)</source>
        <translation>三、事證</translation>
    </message>
    <message>
        <source>4. Referral bodies</source>
        <translation>四、轉報單位</translation>
    </message>
    <message>
        <source>iWIN</source>
        <translation>iWIN 網路內容防護機構</translation>
    </message>
    <message>
        <source>Sexual Image Abuse Response Center</source>
        <translation>性影像處理中心</translation>
    </message>
    <message>
        <source>5. Reported by</source>
        <translation>五、陳報人</translation>
    </message>
    <message>
        <source>Contact: {blank}</source>
        <translation>聯絡方式：{blank}</translation>
    </message>
    <message>
        <source>Platform notice fields (Sexual Assault Crime Prevention Act Art. 13)</source>
        <translation>通知網路平臺應載事項（性侵害犯罪防治法第13條）</translation>
    </message>
    <message>
        <source>This case has no capture of any content: the notice has no item to list.</source>
        <translation>本案尚無任何內容之蒐證紀錄，通知無可列之項目。</translation>
    </message>
    <message>
        <source>Item {n}</source>
        <translation>第{n}項</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <source>Remove or restrict by</source>
        <translation>限制瀏覽或移除期限</translation>
    </message>
    <message>
        <source>Retention starts</source>
        <translation>資料保留起日</translation>
    </message>
    <message>
        <source>Retention ends (at the earliest)</source>
        <translation>資料保留迄日（至少）</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>資料提供</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation found on online patrol.</source>
        <translation>依兒童及少年性剝削防制條例第7條，通報網路巡邏發現之疑似兒少性剝削案件。</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, reported to us by a member of the public.</source>
        <translation>依兒童及少年性剝削防制條例第7條，通報民眾檢舉之網路上疑似兒少性剝削案件。</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet, referred to us by another unit.</source>
        <translation>依兒童及少年性剝削防制條例第7條，通報他單位轉報之網路上疑似兒少性剝削案件。</translation>
    </message>
    <message>
        <source>Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we report a suspected case of child or youth sexual exploitation on the internet.</source>
        <translation>依兒童及少年性剝削防制條例第7條，通報網路上之疑似兒少性剝削案件。</translation>
    </message>
    <message>
        <source>Fields for the written notice to the platform: restrict access to or remove the content within {hours} hours and retain the related data for at least {days} days ({basis}).</source>
        <translation>書面通知網路平臺應載事項：於{hours}小時內限制瀏覽或移除，並保留相關資料至少{days}日（{basis}）。</translation>
    </message>
    <message>
        <source>legal basis: {basis}</source>
        <translation>依據：{basis}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>URL of the image or content</source>
        <translation>性影像（內容）網址</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>網站名稱</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>網站網址</translation>
    </message>
    <message>
        <source>Poster account or IP</source>
        <translation>張貼者帳號或IP位址</translation>
    </message>
    <message>
        <source>Notifying agency and contact</source>
        <translation>通知機關及聯絡方式</translation>
    </message>
    <message>
        <source>Evidence capture</source>
        <translation>證據擷取</translation>
    </message>
    <message>
        <source>{capture} at {time}</source>
        <translation>{capture}（{time}）</translation>
    </message>
    <message>
        <source>1. Case</source>
        <translation>一、案件</translation>
    </message>
    <message>
        <source>Please assess the content and, where it is a sexual image of a child or youth, order the platform to restrict or remove it within {hours} hours and retain the data for {days} days (Art. 8); arrange a social worker for questioning of minor victims (Art. 9) and protective services.</source>
        <translation>請評估上開內容；如屬兒少性影像，請函令網路平臺於{hours}小時內限制瀏覽或移除，並保留資料至少{days}日（條例第8條）；未成年被害人請指派社工人員陪同偵訊（條例第9條）並提供保護服務。</translation>
    </message>
    <message>
        <source>Report due by ({hours} hours)</source>
        <translation>通報期限（{hours}小時內）</translation>
    </message>
    <message>
        <source>access restricted (counts as removed)</source>
        <translation>已限制瀏覽（視同移除）</translation>
    </message>
    <message>
        <source>Report due by</source>
        <translation>通報期限</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>知悉時間</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>One address captured, complete: evidence was secured before this request (guideline 陸.二(二)).</source>
        <translation>蒐證網址 1 個，已完整，本申訴前已完成蒐證（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>Addresses captured: {count}, each complete: evidence was secured before this request (guideline 陸.二(二)).</source>
        <translation>蒐證網址 {count} 個均已完整，本申訴前已完成蒐證（工作指引陸.二(二)）。</translation>
    </message>
    <message>
        <source>Summary (事由)</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Victims (pseudonyms)</source>
        <translation>被害人（代號）</translation>
    </message>
    <message>
        <source>2. People (pseudonyms only)</source>
        <translation>二、相關人員（僅列代號）</translation>
    </message>
    <message>
        <source>3. Content</source>
        <translation>三、網路內容</translation>
    </message>
    <message>
        <source>4. Requested</source>
        <translation>四、請求事項</translation>
    </message>
    <message>
        <source>1. Domains</source>
        <translation>一、網域</translation>
    </message>
    <message>
        <source>2. Content URLs</source>
        <translation>二、內容網址</translation>
    </message>
    <message>
        <source>3. Re-checks showing the content still online</source>
        <translation>三、複查紀錄（內容仍在線上）</translation>
    </message>
    <message>
        <source>3. Re-checks (none shows the content still online)</source>
        <translation>三、複查紀錄（均未見內容仍在線上）</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>四、事證</translation>
    </message>
    <message>
        <source>5. Requested by</source>
        <translation>五、提供單位</translation>
    </message>
    <message>
        <source>This case has no capture of any content and no re-check: there is nothing to list, and no domain to ask to be blocked.</source>
        <translation>本案尚無任何內容之蒐證紀錄，亦無複查紀錄，無可列之內容，亦無可請求停止解析之網域。</translation>
    </message>
    <message>
        <source>The content below was not removed or restricted by the deadline stated under it. We ask the social authority to request TWNIC to have its members stop resolving the domain (DNS RPZ) (guideline 伍.二). The police do not apply to TWNIC themselves; we supply the evidence.</source>
        <translation>下列內容逾下方所載期限仍未限制瀏覽或移除，請社會局函請財團法人台灣網路資訊中心（TWNIC）要求所有會員停止解析（DNS RPZ）該網域（工作指引伍.二）。本局不逕向TWNIC申請，謹提供相關事證。</translation>
    </message>
    <message>
        <source>Order served on the platform</source>
        <translation>處分送達平臺時間</translation>
    </message>
    <message>
        <source>Remove or restrict by ({hours} hours)</source>
        <translation>限制瀏覽或移除期限（{hours}小時內）</translation>
    </message>
    <message>
        <source>Deadline status</source>
        <translation>期限狀態</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>still online</source>
        <translation>仍在線上</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>無法判定</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>複查時間</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP狀態碼</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>This case under the Child and Youth Sexual Exploitation Prevention Act is being transferred; as the guideline requires (肆.二(三)), the precinct family-protection officer (家防官) is notified and receives the case file for checking.</source>
        <translation>本件兒童及少年性剝削防制條例案件移送在即，依工作指引肆.二(三)副知分局防治組家防官，並提供案卷資料以利個案資料檢核。</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移送機關</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>立案時間</translation>
    </message>
    <message>
        <source>3. Procedure steps recorded</source>
        <translation>三、已記錄之辦理步驟</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>4. Enclosed</source>
        <translation>四、附件</translation>
    </message>
    <message>
        <source>Evidence list and custody log (with the SHA-256 of every artifact); the encrypted case file.</source>
        <translation>證物清單及保管紀錄（含各檔案 SHA-256 雜湊值）；加密案卷檔。</translation>
    </message>
    <message>
        <source>5. From</source>
        <translation>五、承辦單位</translation>
    </message>
    <message>
        <source>Family-protection officer (家防官), Prevention Section of the precinct</source>
        <translation>分局防治組家防官</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>案號 {number}</translation>
    </message>
    <message>
        <source>Investigation not public (偵查不公開): never disclose a victim&apos;s, minor&apos;s, reporter&apos;s or informant&apos;s identity.</source>
        <translation>偵查不公開：請勿外流；不得揭露被害人、兒少、報告人或告發人之身分。</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>第 {page} 頁／共 {total} 頁</translation>
    </message>
    <message>
        <source>Audit chain head:</source>
        <translation>稽核鏈末端：</translation>
    </message>
    <message>
        <source>To: {agency}</source>
        <translation>受文者：{agency}</translation>
    </message>
    <message>
        <source>Duty date: {date}    Printed on: {printed}</source>
        <translation>勤務日期：{date}&#x3000;&#x3000;列印日期：{printed}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>Case number: {number}    Date: {date}</source>
        <translation>案號：{number}&#x3000;&#x3000;日期：{date}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Audit chain head: {head}</source>
        <translation>稽核鏈末端：{head}</translation>
    </message>
    <message>
        <source>{words} ({recorded})</source>
        <translation>{words}（{recorded}）</translation>
    </message>
    <message>
        <source> | </source>
        <translation>｜</translation>
    </message>
    <message>
        <source>(Shortened for the mail program: paste the full text from the clipboard or attach the PDF.)</source>
        <translation>（郵件程式長度有限，內容已截短：請由剪貼簿貼上全文或附加 PDF 檔。）</translation>
    </message>
    <message>
        <source>The workstation&apos;s clock was set back once, at entry #{first}: &apos;netpatrol verify&apos; says by how much.</source>
        <translation>工作站時鐘曾被調回 1 次，在第 {first} 筆紀錄：「netpatrol verify」可列出相差多少。</translation>
    </message>
    <message>
        <source>The workstation&apos;s clock was set back {count} times, first at entry #{first}: &apos;netpatrol verify&apos; says where and by how much.</source>
        <translation>工作站時鐘曾被調回 {count} 次，第一次在第 {first} 筆紀錄：「netpatrol verify」可列出各次位置及相差多少。</translation>
    </message>
    <message>
        <source>DO NOT MATCH: {ids} no longer match the SHA-256 listed. Keep the vault as it is and report it.</source>
        <translation>不符：{ids} 與所列 SHA-256 已不相符。請保持保管庫現狀並立即報告。</translation>
    </message>
    <message>
        <source>The evidence file ({size} bytes) was read back from the vault and hashed again: it matches the SHA-256 listed.</source>
        <translation>該 1 個證據檔案（{size} 位元組）已自保管庫讀回並重新計算雜湊值，與所列 SHA-256 相符。</translation>
    </message>
    <message>
        <source>All {count} evidence files ({size} bytes) were read back from the vault and hashed again: each matches the SHA-256 listed.</source>
        <translation>全部 {count} 個證據檔案（{size} 位元組）已自保管庫讀回並重新計算雜湊值，均與所列 SHA-256 相符。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>the file needs an &quot;agencies&quot; object.</source>
        <translation>檔案須有 &quot;agencies&quot; 物件。</translation>
    </message>
    <message>
        <source>each agency must be an object.</source>
        <translation>每個機關須為物件（{…}）。</translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot;.</source>
        <translation>不認得的欄位 &quot;{field}&quot;。</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text.</source>
        <translation>&quot;{field}&quot; 須為文字。</translation>
    </message>
    <message>
        <source>agency &quot;{key}&quot; needs a name.</source>
        <translation>機關 &quot;{key}&quot; 須有名稱。</translation>
    </message>
    <message>
        <source>missing agencies: {keys}.</source>
        <translation>缺少機關：{keys}。</translation>
    </message>
    <message>
        <source>Chat transcript (complete)</source>
        <translation>聊天紀錄（全文）</translation>
    </message>
    <message>
        <source>BROKEN: {reason} &apos;netpatrol verify&apos; names every problem.</source>
        <translation>已斷裂：{reason}「netpatrol verify」可列出所有問題。</translation>
    </message>
    <message>
        <source>Intact: entries #1 to #{last} each carry the hash of the one before, and their own hashes match.</source>
        <translation>完整：第 1 筆至第 {last} 筆紀錄均載有前一筆的雜湊值，且各筆雜湊值與內容相符。</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部動作</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作類別</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Chain checked when printed</source>
        <translation>列印時稽核鏈檢查</translation>
    </message>
    <message>
        <source>These are the entries of this workstation&apos;s hash-chained audit log recorded in the period (Taipei days, both ends included), oldest first. Each entry carries the hash of the one before it, so none can be changed or removed unnoticed; &apos;netpatrol verify&apos; checks the whole chain. What officers typed with an action (such as the reason for revealing an identity) is not printed.</source>
        <translation>以下為本工作站雜湊鏈稽核紀錄於期間內（臺北日曆日，含首尾兩日）記錄之全部紀錄，由舊到新排列。每筆紀錄都帶有前一筆的雜湊值，任何一筆遭修改或刪除都會被發現；「netpatrol verify」可檢驗整條稽核鏈。員警操作時輸入之文字（例如檢視身分之事由）不予列印。</translation>
    </message>
    <message>
        <source>No entry was recorded in the period.</source>
        <translation>期間內無任何紀錄。</translation>
    </message>
    <message>
        <source>No entry of these actions ({actions}) was recorded in the period.</source>
        <translation>期間內無所選類別（{actions}）之紀錄。</translation>
    </message>
    <message>
        <source>Compiled by</source>
        <translation>製表人</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>單位主管</translation>
    </message>
    <message>
        <source>Vault audit log</source>
        <translation>保管庫稽核紀錄</translation>
    </message>
    <message>
        <source>Statistics for the performance evaluation</source>
        <translation>網路巡邏及查緝績效統計表</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>Every figure is counted from what the vault records, none typed in: a patrol counts by its start, a case by when it was opened or received, a capture by when it ended, a step by when it happened (a step undone since does not count), a deadline by when it was stopped, or, still open, by when it passed (as things stood at the end of the period). Days are Taipei calendar days, both ends included.</source>
        <translation>本表各項數字均由保管庫既有紀錄計算，未經人工填寫：巡邏依開始時間、案件依立案或收案時間、擷取依完成時間、步驟依發生時間（其後撤銷者不計）、時限依屆止時間歸入期間，尚未完成者依期限屆滿時間歸入（以期間結束時之狀態為準）。日期以臺北時間曆日計，起訖日均含在內。</translation>
    </message>
    <message>
        <source>Online patrols</source>
        <translation>網路巡邏</translation>
    </message>
    <message>
        <source>{count} ({partial} partial)</source>
        <translation>{count} 筆（不完整 {partial} 筆）</translation>
    </message>
    <message>
        <source>Cases and evidence</source>
        <translation>案件及蒐證</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>新立案件</translation>
    </message>
    <message>
        <source>Received from other units</source>
        <translation>他單位移交收案</translation>
    </message>
    <message>
        <source>Case files sent to other units</source>
        <translation>移交他單位之案件檔案</translation>
    </message>
    <message>
        <source>How they came in</source>
        <translation>案件來源</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Steps and deadlines</source>
        <translation>處理步驟及法定時限</translation>
    </message>
    <message>
        <source>Step done in the period</source>
        <translation>期間內完成之步驟</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>如期</translation>
    </message>
    <message>
        <source>Deadline in the period</source>
        <translation>期間內之時限</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>逾期仍未完成</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Chat transcript (INCOMPLETE)</source>
        <translation>聊天紀錄（不完整）</translation>
    </message>
    <message>
        <source>Capture complete</source>
        <translation>蒐證完整</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO: older messages may be missing</source>
        <translation>否：較早之訊息可能缺漏</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>對話者</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息則數</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>顏色說明</translation>
    </message>
    <message>
        <source>Messages in blue were sent by the patrol (undercover) account.</source>
        <translation>藍色訊息為本局巡邏（偵查）帳號所發送。</translation>
    </message>
    <message>
        <source>SHA-256 of {name}</source>
        <translation>{name} 之 SHA-256</translation>
    </message>
    <message>
        <source>End of transcript: {messages}.</source>
        <translation>聊天紀錄結束，共 {messages}。</translation>
    </message>
    <message>
        <source>time not shown</source>
        <translation>未顯示時間</translation>
    </message>
    <message>
        <source>[Attachment: {label}]</source>
        <translation>［附件：{label}］</translation>
    </message>
    <message>
        <source>artifact {id}</source>
        <translation>檔案編號 {id}</translation>
    </message>
    <message>
        <source>No patrol was logged in this period.</source>
        <translation>本期間沒有巡邏紀錄。</translation>
    </message>
    <message>
        <source>Each patrol&apos;s log is sealed when the patrol stops: the stop entry in the audit chain holds the SHA-256 of the whole log, and &apos;netpatrol verify&apos; recomputes it.</source>
        <translation>每次巡邏結束時即封存其紀錄：稽核鏈中的結束紀錄載有整份紀錄的 SHA-256，「netpatrol verify」會重新計算核對。</translation>
    </message>
    <message>
        <source>Online patrol duty log</source>
        <translation>網路巡邏勤務紀錄</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>巡邏員警</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡邏次數</translation>
    </message>
    <message>
        <source>Time on patrol</source>
        <translation>巡邏時間</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <translation>瀏覽頁數</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>截圖存證</translation>
    </message>
    <message>
        <source>Downloads into the vault</source>
        <translation>下載至保管庫</translation>
    </message>
    <message>
        <source>Certificate errors overridden</source>
        <translation>憑證錯誤仍繼續</translation>
    </message>
    <message>
        <source>Patrol {ident}</source>
        <translation>巡邏 {ident}</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>紀錄狀態</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>分頁</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>(not loaded: {error})</source>
        <translation>（未載入：{error}）</translation>
    </message>
    <message>
        <source>the certificate was issued for another site</source>
        <translation>憑證核發對象為其他網站</translation>
    </message>
    <message>
        <source>the certificate has expired or is not yet valid</source>
        <translation>憑證已過期或尚未生效</translation>
    </message>
    <message>
        <source>the certificate was not issued by a trusted authority</source>
        <translation>憑證非由受信任之憑證機構核發</translation>
    </message>
    <message>
        <source>the certificate contains errors</source>
        <translation>憑證內容有誤</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>憑證已遭撤銷</translation>
    </message>
    <message>
        <source>the certificate is invalid</source>
        <translation>憑證無效</translation>
    </message>
    <message>
        <source>the certificate is signed with a weak algorithm</source>
        <translation>憑證使用強度不足之簽章演算法</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is too weak</source>
        <translation>憑證金鑰強度不足</translation>
    </message>
    <message>
        <source>the certificate names a site its issuer may not certify</source>
        <translation>憑證所載網站超出核發機構得簽發之範圍</translation>
    </message>
    <message>
        <source>the certificate is valid for too long</source>
        <translation>憑證效期過長</translation>
    </message>
    <message>
        <source>the certificate was not publicly logged (Certificate Transparency)</source>
        <translation>憑證未經公開登錄（憑證透明度）</translation>
    </message>
    <message>
        <source>the certificate is from a distrusted authority</source>
        <translation>憑證由不受信任之憑證機構核發</translation>
    </message>
    <message>
        <source>the certificate is known to be used to intercept connections</source>
        <translation>憑證已知用於攔截連線</translation>
    </message>
    <message>
        <source>Certificate problem: {problem}</source>
        <translation>憑證問題：{problem}</translation>
    </message>
    <message>
        <source>(the last event logged: the patrol is still running, or the application ended before it was stopped)</source>
        <translation>（為最後一筆紀錄時間：本次巡邏仍在進行中，或程式在結束巡邏前已關閉）</translation>
    </message>
    <message>
        <source>(the last event logged: the patrol was not stopped normally)</source>
        <translation>（為最後一筆紀錄時間：本次巡邏未正常結束）</translation>
    </message>
    <message>
        <source>Open: the patrol is running, or the application ended before it was stopped; its log is not yet sealed in the audit chain.</source>
        <translation>未封存：巡邏仍在進行，或程式在結束巡邏前即已關閉；紀錄尚未封存於稽核鏈。</translation>
    </message>
    <message>
        <source>Sealed in the audit chain when an officer closed it after the application had ended unexpectedly.</source>
        <translation>程式意外結束後，由員警補行關閉時封存於稽核鏈。</translation>
    </message>
    <message>
        <source>Sealed in the audit chain when the officer stopped the patrol.</source>
        <translation>員警結束巡邏時已封存於稽核鏈。</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小時 {minutes:02d} 分</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>vault</source>
        <translation>保管庫</translation>
    </message>
    <message>
        <source>browser + capture</source>
        <translation>瀏覽器與擷取</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>案件檔案</translation>
    </message>
    <message>
        <source>{mark}  {name}: {detail} ({seconds} s)</source>
        <translation>{mark}  {name}：{detail}（{seconds} 秒）</translation>
    </message>
    <message>
        <source>the sealed identity did not come back as it went in</source>
        <translation>密封身分還原後與存入時不符</translation>
    </message>
    <message>
        <source>the Chinese full-text search found nothing</source>
        <translation>中文全文檢索查無結果</translation>
    </message>
    <message>
        <source>the check found: {problems}</source>
        <translation>檢查發現：{problems}</translation>
    </message>
    <message>
        <source>SQLCipher {cipher}, {entries} audit entries verified</source>
        <translation>SQLCipher {cipher}，已驗證稽核紀錄 {entries} 筆</translation>
    </message>
    <message>
        <source>no full-page image, or a blank one</source>
        <translation>沒有全頁截圖，或截圖為空白</translation>
    </message>
    <message>
        <source>the full-page image is only {height} px tall</source>
        <translation>全頁截圖僅 {height} 像素高</translation>
    </message>
    <message>
        <source>the Chinese text was not captured</source>
        <translation>未擷取到中文文字</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>{count} evidence files, full page {width}×{height} px, {complete}</source>
        <translation>證據檔案 {count} 個，全頁截圖 {width}×{height} 像素，{complete}</translation>
    </message>
    <message>
        <source>the PDF has no embedded TrueType font</source>
        <translation>PDF 未內嵌 TrueType 字型</translation>
    </message>
    <message>
        <source>evidence list, {size} bytes, TrueType font embedded</source>
        <translation>證物清單 {size} 位元組，已內嵌 TrueType 字型</translation>
    </message>
    <message>
        <source>{files} evidence files exported, verified and imported</source>
        <translation>證據檔案 {files} 個已匯出、驗證並匯入</translation>
    </message>
    <message>
        <source>skipped: the vault check failed</source>
        <translation>略過：保管庫檢查未通過</translation>
    </message>
</context>
<context>
    <name>servertime</name>
    <message>
        <source>This workstation&apos;s clock is {by} behind the site&apos;s server, which sent the page: the times recorded now are wrong by as much. Set the clock right, then capture again.</source>
        <translation>本工作站的時鐘比傳送此網頁的網站伺服器慢 {by}：現在記錄的時間都會差這麼多。請先校正時鐘，再重新擷取。</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {by} ahead of the time the site&apos;s server sent the page with: either the clock is wrong, or the page came from the browser&apos;s cache. Reload the page and capture again; if it stays, set the clock right.</source>
        <translation>本工作站的時鐘比網站伺服器傳送此網頁時所附的時間快 {by}：可能是時鐘有誤，或網頁取自瀏覽器快取。請重新載入網頁後再擷取；若仍如此，請校正時鐘。</translation>
    </message>
    <message>
        <source>The site&apos;s server sent the page with a time that cannot be read ({date}); this workstation&apos;s clock could not be checked against it.</source>
        <translation>網站伺服器傳送此網頁時所附的時間無法判讀（{date}），無法據以核對本工作站的時鐘。</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock agrees with the site&apos;s server, which sent the page at {at}.</source>
        <translation>本工作站的時鐘與網站伺服器相符（伺服器傳送此網頁的時間為 {at}）。</translation>
    </message>
    <message>
        <source>agrees with the site&apos;s server</source>
        <translation>與網站伺服器時間相符</translation>
    </message>
    <message>
        <source>{by} behind the site&apos;s server</source>
        <translation>比網站伺服器慢 {by}</translation>
    </message>
    <message>
        <source>{by} ahead of the site&apos;s server</source>
        <translation>比網站伺服器快 {by}</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>統計期間：{first}至{last}</translation>
    </message>
    <message>
        <source>Patrols: {count}, {duration} in all, pages visited: {pages}; officers: {officers}</source>
        <translation>網路巡邏：{count} 次，共 {duration}，瀏覽 {pages} 頁；巡邏人員：{officers}</translation>
    </message>
    <message>
        <source>Cases opened: {opened}; received from other units: {received}</source>
        <translation>新立案件：{opened} 件；他單位移交收案：{received} 件</translation>
    </message>
    <message>
        <source>by how they came in: {origins}</source>
        <translation>依案件來源：{origins}</translation>
    </message>
    <message>
        <source>by platform: {platforms}</source>
        <translation>依平臺：{platforms}</translation>
    </message>
    <message>
        <source>Captures: {count} ({partial} partial)</source>
        <translation>擷取證據：{count} 筆（不完整 {partial} 筆）</translation>
    </message>
    <message>
        <source>Steps done in the period (cases):</source>
        <translation>期間內完成之步驟（案件數）：</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}：{count}</translation>
    </message>
    <message>
        <source>Deadlines in the period:</source>
        <translation>期間內之時限：</translation>
    </message>
    <message>
        <source>{clock}: {met} on time, {late} late, {overdue} still open past the deadline</source>
        <translation>{clock}：準時 {met} 件，逾時 {late} 件，逾期仍未完成 {overdue} 件</translation>
    </message>
    <message>
        <source>Case files sent to other units: {count}</source>
        <translation>移交他單位之案件檔案：{count} 件</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>The workstation&apos;s clock reads {now}, {by} earlier than the vault&apos;s last entry. One of the two is wrong: check the date and time before you capture evidence, for every time recorded now rests on this clock. The unlock is recorded with the difference.</source>
        <translation>本工作站的時鐘顯示 {now}，比保管庫最後一筆紀錄早 {by}。兩者必有一個有誤：擷取證據前請先檢查日期與時間，因為此後記錄的每個時間都以此時鐘為準。本次解鎖已連同時間差記入稽核紀錄。</translation>
    </message>
    <message>
        <source>This vault was made by an earlier NetPatrol and has now been upgraded. A copy of it as it was is kept at {path}; the earlier version opens it, with the same passphrase. Keep it, as safely as the vault, until you are sure all is well, then delete it.</source>
        <translation>此保管庫由較早版本的網路巡邏工作站建立，現已升級。升級前的保管庫已另存一份於 {path}；較早版本可用同一密碼開啟。請如同保管庫一般妥善保存，確認一切無誤後再刪除。</translation>
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
        <source>Entry {seq} ({at}) is recorded {by} earlier than entry {before} ({before_at}): the workstation&apos;s clock was set back, or had been ahead. The chain&apos;s order is intact; check the times around it against another record.</source>
        <translation>第 {seq} 筆紀錄（{at}）的時間比第 {before} 筆（{before_at}）早 {by}：工作站時鐘曾被調回，或先前的時間超前。稽核鏈的順序完整無損；請以其他紀錄核對其前後的時間。</translation>
    </message>
    <message>
        <source>…and 1 more step back of the clock.</source>
        <translation>……另有 1 次時鐘倒退。</translation>
    </message>
    <message>
        <source>…and {count} more steps back of the clock.</source>
        <translation>……另有 {count} 次時鐘倒退。</translation>
    </message>
    <message>
        <source>Pages of the file that failed authentication: {count} (first: page {first}).</source>
        <translation>檔案有 {count} 頁未通過驗證（第一個：第 {first} 頁）。</translation>
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
