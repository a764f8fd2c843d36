// NetPatrol chat-capture helpers, installed in Qt's application world next to page.js (the page's own
// scripts cannot see or redefine them). The engine (chat.py) drives them step by step; everything
// returned is plain JSON. Row nodes are numbered privately here: the same node keeps its number, so
// a message still in the page at the next step is recognised whatever it says.
(function () {
  if (window.__netpatrolChat) { return 'present'; }
  const GENERIC = {
    idAttributes: ['data-message-id', 'data-msg-id', 'data-mid', 'data-id', 'id'],
    sender: '[data-sender], [class*="sender" i], [class*="author" i], [class*="username" i], [class*="name" i], [class*="from" i]',
    time: 'time, [datetime], [data-time], [data-timestamp], [class*="time" i], [class*="date" i], [class*="stamp" i]',
    text: '[class*="text" i], [class*="body" i], [class*="content" i], [class*="bubble" i]',
    startMarker: '[data-conversation-start], [data-chat-start], [class*="conversation-start" i], [class*="chat-start" i]',
    loading: '[aria-busy="true"], [role="progressbar"], [class*="spinner" i], [class*="loading" i]',
  };
  const OUTGOING_WORDS = /(^|[\s_-])(out|outgoing|own|self|mine|sent|me|right)($|[\s_-])/i;
  const AVATAR = /avatar|profile|emoji|sticker-icon|icon/i;
  const state = { spec: {}, reader: null, container: null, parent: null, source: '', tags: new WeakMap(),
                  nodes: new Map(), next: 1, bad: [] };

  function query(root, selector, all) {
    if (!selector) { return all ? [] : null; }
    try { return all ? Array.from(root.querySelectorAll(selector)) : root.querySelector(selector); }
    catch (e) { if (state.bad.indexOf(selector) < 0) { state.bad.push(selector); } return all ? [] : null; }
  }
  function matchesSel(el, selector) {
    if (!selector) { return false; }
    try { return el.matches(selector); } catch (e) { return false; }
  }
  function tagOf(el) {
    let tag = state.tags.get(el);
    if (!tag) { tag = state.next++; state.tags.set(el, tag); state.nodes.set(tag, new WeakRef(el)); }
    return tag;
  }
  function nodeOf(tag) { const ref = state.nodes.get(tag); const el = ref && ref.deref(); return el && el.isConnected ? el : null; }
  function shown(el) { return !!el && el.getClientRects().length > 0; }
  function hasContent(el) { return (el.innerText || '').trim().length > 0 || !!el.querySelector('img, video, a[download]'); }
  function scrollsY(el) { return /(auto|scroll|overlay)/.test(getComputedStyle(el).overflowY) && el.clientHeight >= 80; }

  // The element whose children are the message rows: the descendant (few levels down) with the most
  // children that show something, all of one tag name.
  function rowParent(container) {
    let best = null;
    const walk = (el, depth) => {
      const counts = {};
      for (const child of el.children) {
        if (hasContent(child)) { counts[child.tagName] = (counts[child.tagName] || 0) + 1; }
      }
      for (const [name, count] of Object.entries(counts)) {
        if (!best || count > best.count) { best = { el: el, tag: name, count: count }; }
      }
      if (depth < 4) { for (const child of el.children) { walk(child, depth + 1); } }
    };
    walk(container, 0);
    return best;
  }

  function locate() {
    const spec = state.spec;
    state.container = null; state.parent = null; state.source = '';
    let container = query(document, spec.container, false);
    if (container) {
      state.container = container; state.source = 'adapter';
    } else {
      const candidates = [];
      for (const el of document.body ? document.body.querySelectorAll('*') : []) {
        if (!scrollsY(el)) { continue; }
        const parent = rowParent(el);
        if (!parent || parent.count < 3) { continue; }
        // A chat rather than an inbox or a menu: rows that carry times, and a list that overflows and
        // is held at its bottom (the newest message) count for more.
        const rect = el.getBoundingClientRect();
        const timed = Array.from(parent.el.children).filter((row) => query(row, 'time, [datetime]', false)).length;
        const atBottom = el.scrollHeight > el.clientHeight + 2 && el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
        const score = (parent.count + timed) * (atBottom ? 2 : 1) * Math.sqrt(rect.width * rect.height + 1);
        candidates.push({ el: el, parent: parent, score: score });
      }
      candidates.sort((a, b) => b.score - a.score);
      if (candidates.length) { state.container = candidates[0].el; state.parent = candidates[0].parent; state.source = 'heuristic'; }
    }
    if (state.container && !spec.row && !state.parent) { state.parent = rowParent(state.container); }
    const busy = query(document, state.spec.loading || GENERIC.loading, true).some(shown);
    return Object.assign({ found: !!state.container && rows().length > 0, source: state.source, bad: state.bad,
                           pageLoading: busy }, measure());
  }

  function rows() {
    const c = state.container;
    if (!c) { return []; }
    let found;
    if (state.spec.row) {
      found = query(c, state.spec.row, true);
    } else {
      if (!state.parent || !state.parent.el.isConnected) { state.parent = rowParent(c); }
      if (!state.parent) { return []; }
      found = Array.from(state.parent.el.children).filter((el) => el.tagName === state.parent.tag && hasContent(el));
    }
    const marker = state.spec.startMarker || GENERIC.startMarker;
    const loading = state.spec.loading || GENERIC.loading;
    found = found.filter((el) => !matchesSel(el, marker) && !matchesSel(el, loading) && !query(el, marker, false));
    // What the reader sees top to bottom (a column-reverse list has its DOM the other way round).
    return found.map((el) => ({ el: el, top: el.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top).map((item) => item.el);
  }

  function first(row, selector, fallback) { return query(row, selector || fallback, false); }
  function timeOf(row) {
    const el = first(row, state.spec.time, GENERIC.time);
    const attr = (el && (el.getAttribute('datetime') || el.getAttribute('data-time') || el.getAttribute('data-timestamp') ||
                         el.getAttribute('title'))) || row.getAttribute('data-time') || row.getAttribute('data-timestamp') || '';
    return { el: el, attr: attr, text: el ? (el.innerText || el.textContent || '').trim() : '' };
  }
  function senderOf(row, timeEl) {
    if (row.getAttribute('data-sender')) { return { el: null, text: row.getAttribute('data-sender') }; }
    for (const el of query(row, state.spec.sender || GENERIC.sender, true)) {
      if (el === timeEl || el.contains(timeEl) || (timeEl && timeEl.contains(el))) { continue; }
      return { el: el, text: (el.getAttribute('data-sender') || el.innerText || '').trim() };
    }
    return { el: null, text: '' };
  }
  function textOf(row, skip) {
    // The outermost text elements not inside the sender, time or an attachment; what those show
    // (a file name, the sender's name) is taken out of the text. innerText keeps the line breaks.
    skip = skip.filter(Boolean);
    const found = query(row, state.spec.text || GENERIC.text, true)
      .filter((el) => !skip.some((s) => s === el || s.contains(el)));
    const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
    return (outer.length ? outer : [row]).map((el) => {
      let text = el.innerText || '';
      for (const s of skip) {
        const part = el !== s && el.contains(s) ? (s.innerText || '').trim() : '';
        if (part) { text = text.replace(part, ''); }
      }
      return text.trim();
    }).join('\n').trim();
  }
  function outgoingOf(row, textEl) {
    if (state.spec.outgoing) { return matchesSel(row, state.spec.outgoing) || !!query(row, state.spec.outgoing, false); }
    if (row.getAttribute('data-outgoing')) { return row.getAttribute('data-outgoing') === 'true'; }
    for (const el of [row, row.firstElementChild]) {
      if (el && OUTGOING_WORDS.test(typeof el.className === 'string' ? el.className : '')) { return true; }
    }
    const c = state.container.getBoundingClientRect(), r = (textEl || row.firstElementChild || row).getBoundingClientRect();
    const left = r.left - c.left, right = c.right - r.right;
    return r.width > 0 && left > 40 && right < left * 0.5;
  }
  function attachmentElements(row) {
    if (state.spec.attachment) { return query(row, state.spec.attachment, true); }
    const images = Array.from(row.querySelectorAll('img, video')).filter((img) => {
      const r = img.getBoundingClientRect();
      const words = (img.className || '') + ' ' + (img.getAttribute('alt') || '');
      return !(AVATAR.test(words) || (r.width && r.width < 40) || (r.height && r.height < 40));
    });
    const files = Array.from(row.querySelectorAll('a[download], [class*="attachment" i] a, [class*="file" i] a'));
    return images.concat(files.filter((f) => images.indexOf(f) < 0));
  }
  function attachmentOf(el, index) {
    const image = el.tagName === 'IMG' || el.tagName === 'VIDEO' || !!el.querySelector('img');
    const img = el.tagName === 'IMG' ? el : el.querySelector('img');
    let label = (img && img.getAttribute('alt')) || el.getAttribute('download') || el.getAttribute('title') ||
                (el.innerText || '').trim();
    if (!label && img && img.getAttribute('src')) { label = img.getAttribute('src').split(/[?#]/)[0].split('/').pop().slice(0, 80); }
    return { kind: image ? 'image' : 'file', label: label || '', index: index };
  }

  function readRow(row) {
    const time = timeOf(row);
    const sender = senderOf(row, time.el);
    const attachments = attachmentElements(row);
    const textEl = query(row, state.spec.text || GENERIC.text, false);
    const out = { tag: tagOf(row), id: '', sender: sender.text, time: time.attr, timeText: time.text,
                  text: textOf(row, [sender.el, time.el].concat(attachments)), outgoing: outgoingOf(row, textEl),
                  attachments: attachments.map(attachmentOf) };
    for (const name of (state.spec.idAttributes && state.spec.idAttributes.length ? state.spec.idAttributes : GENERIC.idAttributes)) {
      const value = row.getAttribute(name) || (row.firstElementChild && row.firstElementChild.getAttribute(name));
      if (value) { out.id = value; break; }
    }
    if (state.reader) {
      try {
        const custom = state.reader(row) || {};
        for (const key of ['id', 'sender', 'time', 'timeText', 'text', 'outgoing', 'attachments']) {
          if (custom[key] !== undefined && custom[key] !== null) { out[key] = custom[key]; }
        }
      } catch (e) { out.readerError = String(e); }
    }
    return out;
  }

  // The first row by what it shows (a site that re-creates its nodes keeps this while nothing changed).
  function firstKey(row) { return (row.innerText || '').slice(0, 200) + '|' + row.querySelectorAll('img').length; }

  function measure() {
    const c = state.container;
    const list = c ? rows() : [];
    const marker = state.spec.startMarker || GENERIC.startMarker, loading = state.spec.loading || GENERIC.loading;
    return { scrollTop: c ? c.scrollTop : 0, scrollHeight: c ? c.scrollHeight : 0, clientHeight: c ? c.clientHeight : 0,
             count: list.length, firstKey: list.length ? firstKey(list[0]) : '',
             start: !!(c && shown(query(c, marker, false))), loading: !!(c && query(c, loading, true).some(shown)) };
  }

  function rowKey(row) { return (row.innerText || '') + '|' + row.querySelectorAll('img').length; }
  // After a reveal, a site that re-creates its rows may have replaced the node: the row showing the
  // same content nearest the middle of the chat (where the reveal put it) is the same message.
  function revealedRow(tag) {
    const row = nodeOf(tag);
    if (row || !state.revealed || state.revealed.tag !== tag) { return row; }
    const c = state.container.getBoundingClientRect(), middle = (c.top + c.bottom) / 2;
    const same = rows().filter((r) => rowKey(r) === state.revealed.key);
    same.sort((a, b) => Math.abs(centre(a) - middle) - Math.abs(centre(b) - middle));
    return same[0] || null;
  }
  function centre(el) { const r = el.getBoundingClientRect(); return (r.top + r.bottom) / 2; }

  function imageElement(tag, index) {
    const row = revealedRow(tag);
    if (!row) { return null; }
    const el = attachmentElements(row)[index];
    return el ? (el.tagName === 'IMG' || el.tagName === 'VIDEO' ? el : (el.querySelector('img') || el)) : null;
  }

  window.__netpatrolChat = {
    configure: function (spec, reader) { state.spec = spec || {}; state.reader = reader || null; state.bad = []; return true; },
    locate: locate,
    measure: measure,
    harvest: function () {
      const list = rows();
      return Object.assign({ rows: list.map(readRow), bad: state.bad }, measure());
    },
    scrollBy: function (pixels) { if (state.container) { state.container.scrollTop += pixels; } return measure(); },
    toTop: function () { if (state.container) { state.container.scrollTop = 0; } return measure(); },
    toBottomOffset: function (fromBottom) {
      const c = state.container;
      if (c) { c.scrollTop = Math.max(0, c.scrollHeight - c.clientHeight - fromBottom); }
      return measure();
    },
    reveal: function (tag, index) {
      const el = imageElement(tag, index);
      if (!el) { return false; }
      state.revealed = { tag: tag, key: rowKey(nodeOf(tag)) };
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      return true;
    },
    imageRect: function (tag, index) {
      const el = imageElement(tag, index);
      if (!el) { return { present: false }; }
      const r = el.getBoundingClientRect(), c = state.container.getBoundingClientRect();
      const inside = r.top >= c.top - 1 && r.bottom <= c.bottom + 1 && r.top >= 0 && r.bottom <= window.innerHeight;
      const ready = el.tagName !== 'IMG' || (el.complete && el.naturalWidth > 0);
      return { present: true, visible: inside && r.width > 0 && r.height > 0, ready: ready,
               x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    },
    visibleText: function () { return document.body ? document.body.innerText : ''; },
  };
  return 'installed';
})()
