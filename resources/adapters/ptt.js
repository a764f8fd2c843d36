// PTT adapter: collects raw lines; resources/adapters/ptt.json turns them into identifiers.
// Runs in an isolated world; returns [{field, text, where}].
(function () {
  const out = [];
  const add = (field, text, where) => out.push({ field: field, text: String(text || ''), where: where });
  const main = document.querySelector('#main-content');
  if (!main) { return out; }
  const tags = { '作者': ['author', 'author_nick'], '看板': ['board'], '標題': ['title'], '時間': ['time'] };
  main.querySelectorAll('.article-metaline, .article-metaline-right').forEach(function (line) {
    const tag = ((line.querySelector('.article-meta-tag') || {}).textContent || '').trim();
    const value = (line.querySelector('.article-meta-value') || {}).textContent || '';
    (tags[tag] || []).forEach(function (field) { add(field, value, tag + ' line'); });
  });
  const pushes = main.querySelectorAll('.push');
  pushes.forEach(function (push, index) {
    const user = ((push.querySelector('.push-userid') || {}).textContent || '').trim();
    const when = (push.querySelector('.push-ipdatetime') || {}).textContent || '';
    add('push_ip', when, 'push line ' + (index + 1) + ' (' + user + ')');
  });
  const pushSet = new Set(pushes);
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let inside = node.parentElement;
    while (inside && inside !== main && !pushSet.has(inside)) { inside = inside.parentElement; }
    if (!pushSet.has(inside)) { text += node.textContent; }
  }
  text.split('\n').forEach(function (line, index) {
    if (line.indexOf('發信站') >= 0) { add('poster_ip', line, '發信站 line ' + (index + 1)); }
    if (/※\s*編輯/.test(line)) { add('editor_ip', line, '編輯 line ' + (index + 1)); }
    if (line.indexOf('文章網址') >= 0) { add('article_url', line, '文章網址 line'); add('post_id', line, '文章網址 line'); }
  });
  add('post_id', location.href, 'page URL');
  return out;
})()
