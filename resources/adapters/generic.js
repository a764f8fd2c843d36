// Generic adapter: metadata most pages carry. Runs in an isolated world; returns [{field, text, where}].
(function () {
  const out = [];
  const add = (field, text, where) => { if (text) { out.push({ field: field, text: String(text), where: where }); } };
  const meta = (selector) => Array.from(document.querySelectorAll(selector)).map((m) => m.getAttribute('content'));
  meta('meta[name="author"], meta[property="article:author"], meta[name="twitter:creator"]').forEach(function (value) {
    add('author', value, 'meta author'); add('handle', value, 'meta author');
  });
  document.querySelectorAll('a[rel~="author"], [itemprop="author"] a[href]').forEach(function (link) {
    add('profile', link.href, 'author link'); add('author', link.textContent.trim(), 'author link');
  });
  meta('meta[property="article:published_time"], meta[itemprop="datePublished"]').forEach(function (value) {
    add('published', value, 'meta published time');
  });
  const time = document.querySelector('article time[datetime], time[datetime]');
  if (time) { add('published', time.getAttribute('datetime'), 'time element'); }
  const canonical = document.querySelector('link[rel="canonical"]');
  if (canonical) { add('canonical', canonical.href, 'canonical link'); }
  meta('meta[property="og:url"]').forEach(function (value) { add('canonical', value, 'og:url'); });
  return out;
})()
