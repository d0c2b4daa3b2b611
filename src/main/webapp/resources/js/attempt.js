/*
 * The learner's attempt (courses/attempt.xhtml). The page hands over the attempt as the API shows
 * it, a bearer token and the texts; from then on everything goes through /api/attempts.
 * Every answer is saved as it is given, with its own Idempotency-Key (the same key on every retry
 * of that value), and kept in localStorage until the server has acknowledged it, so that neither a
 * lost network nor a closed browser loses it. The server owns the deadline; this page only shows it.
 */
(function () {
  'use strict';
  const root = document.getElementById('attempt');
  if (!root) return;
  const T = JSON.parse(root.dataset.texts);
  let view = JSON.parse(root.dataset.attempt);
  const api = root.dataset.api + '/attempts/' + view.id;
  const lang = root.dataset.lang || 'ru';
  const skew = Date.parse(view.serverNow) - Date.now(); // the server's clock minus ours
  const storeKey = 'shibc.attempt.' + view.id;
  const slots = []; // per question: what the server has, what the learner gave, what is on its way
  let current = 0, closed = false, finished = false;
  const warned = {};

  const t = (key, ...args) => (T[key] || key).replace(/\{(\d)\}/g, (m, i) => args[i]);
  const time = (iso) => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  const num = (x) => Number(x).toLocaleString(lang, { maximumFractionDigits: 2 });

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    e.append(...children.filter((c) => c !== null && c !== undefined));
    return e;
  }

  /* Question texts: HTML through an allow-list (it comes from imported files), the rest as text. */
  const TAGS = /^(P|BR|B|STRONG|I|EM|U|S|SUB|SUP|UL|OL|LI|CODE|PRE|BLOCKQUOTE|H[3-6]|TABLE|THEAD|TBODY|TR|TD|TH|SPAN|DIV|A|HR)$/;
  function cleaned(node) {
    const out = document.createDocumentFragment();
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) out.append(c.textContent);
      if (c.nodeType !== Node.ELEMENT_NODE) continue;
      if (!TAGS.test(c.tagName)) { // unknown tags give their text; scripts, styles and the like nothing
        if (!/^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|SVG|MATH)$/i.test(c.tagName)) out.append(cleaned(c));
        continue;
      }
      const e = document.createElement(c.tagName), href = c.getAttribute('href') || '';
      if (c.tagName === 'A' && /^https?:/i.test(href)) Object.assign(e, { href, target: '_blank', rel: 'noopener noreferrer' });
      out.appendChild(e).append(cleaned(c));
    }
    return out;
  }
  function rich(text, format, tag) {
    const box = el(tag || 'div', { class: format === 'HTML' ? 'rich-text' : 'rich-text plain-text' });
    if (format !== 'HTML') box.textContent = text || '';
    else box.append(cleaned(new DOMParser().parseFromString(text || '', 'text/html').body)); // parsed inert: nothing runs
    return box;
  }

  /* ---- The server ---- */

  function request(method, path, body, key) {
    const headers = { Authorization: 'Bearer ' + root.dataset.token, Accept: 'application/json', 'Accept-Language': lang };
    if (body) headers['Content-Type'] = 'application/json';
    if (key) headers['Idempotency-Key'] = key;
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), 20000);
    return fetch(api + path, { method, headers, body: body && JSON.stringify(body), signal: abort.signal, cache: 'no-store' })
      .then((r) => r.json().catch(() => null).then((json) => ({ ok: r.ok, status: r.status, body: json }))) // null: a proxy's page
      .finally(() => clearTimeout(timeout));
  }

  // crypto.randomUUID needs HTTPS; a school's intranet may serve plain HTTP
  const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

  /* ---- Answers ---- */

  const answered = (r) => !!r && (r.choiceId != null || (r.choiceIds || []).length > 0 || r.value != null
    || (r.text || '').trim() !== '' || (r.choices || []).length > 0);

  function remember() {
    const pending = {};
    for (const s of slots) if (s.latest) pending[s.q.slot] = s.latest;
    try { localStorage.setItem(storeKey, JSON.stringify(pending)); } catch (e) { /* private mode: still sent */ }
  }

  /** Answers kept in this browser go out again if the server still has the revision they replace. */
  function restore() {
    let kept = {};
    try { kept = JSON.parse(localStorage.getItem(storeKey) || '{}'); } catch (e) { /* nothing usable */ }
    for (const s of slots) {
      const k = kept[s.q.slot];
      if (k && k.base === s.revision) Object.assign(s, { response: k.response, latest: k });
    }
  }

  function given(s, response) {
    if (closed) return;
    Object.assign(s, { response, latest: { response, key: newKey(), base: s.revision }, error: null, message: null });
    remember();
    show(s);
  }

  function pump(s) {
    if (s.busy || closed) return;
    clearTimeout(s.timer);
    clearTimeout(s.debounce);
    if (!s.sending && s.latest) s.sending = { response: s.latest.response, key: s.latest.key, base: s.revision };
    if (!s.sending) return;
    const job = s.sending;
    Object.assign(s, { busy: true, retryAt: null });
    show(s);
    request('PUT', '/answers/' + s.q.slot, { response: job.response, baseRevision: job.base }, job.key).then((r) => {
      s.busy = false;
      if (r.ok) acknowledged(s, job, r.body);
      else if (r.status >= 500 || r.status === 408 || r.status === 429) retry(s);
      else if (r.status === 409) conflict(s);
      else refused(s, job, r);
    }, () => { s.busy = false; retry(s); });
  }

  function acknowledged(s, job, ack) {
    Object.assign(s, { sending: null, failures: 0, revision: ack.revision, savedAt: ack.savedAt });
    if (s.latest && s.latest.key === job.key) s.latest = null;
    else if (s.latest) s.latest.base = ack.revision;
    remember();
    show(s);
    if (s.latest) pump(s);
  }

  /** Network failures and 5xx: the same request again after 1, 2, 4 … 30 s, or when back online. */
  function retry(s) {
    s.failures = (s.failures || 0) + 1;
    const seconds = Math.min(30, 2 ** (s.failures - 1));
    s.retryAt = Date.now() + seconds * 1000;
    s.timer = setTimeout(() => pump(s), seconds * 1000);
    show(s);
  }

  /** 409: the attempt is closed, or another tab saved this answer first; the server says which. */
  function conflict(s) {
    reload().then((v) => {
      if (isClosed(v)) return close(v);
      const q = v.questions.find((x) => x.slot === s.q.slot);
      Object.assign(s, { q, revision: q.revision, savedAt: q.savedAt, sending: null, latest: null, failures: 0 });
      s.response = q.response ? JSON.parse(q.response) : null;
      s.message = t('answerChanged');
      remember();
      s.section.replaceWith(question(s, slots.indexOf(s)));
      showPage();
    }, () => retry(s));
  }

  function refused(s, job, r) {
    const detail = (r.body && r.body.detail) || r.status;
    if (r.status === 401) { // kept in this browser: sent again after the learner signs in and comes back
      show(Object.assign(s, { error: t('notSaved') }));
      return alertText(t('sessionExpired'), 'closed');
    }
    if (s.latest && s.latest.key === job.key) s.latest = null;
    Object.assign(s, { sending: null, error: t('rejected', detail) });
    remember();
    show(s);
  }

  const reload = () => request('GET', '').then((r) => (r.ok ? r.body : Promise.reject(r)));
  const isClosed = (v) => v.state !== 'IN_PROGRESS' || (v.deadlineAt && Date.parse(v.deadlineAt) <= Date.parse(v.serverNow));

  /* ---- Questions ---- */

  function inputs(s, disabled) {
    const q = s.q, r = s.response || {}, name = 'q' + q.slot, id = (x) => name + '-' + x;
    const onText = (e) => { // typing is saved when it pauses, leaving the field at once; an unchanged text is no new answer
      if (!s.response || s.response.text !== e.target.value) given(s, { type: q.type, text: e.target.value });
      clearTimeout(s.debounce);
      if (e.type === 'change') pump(s);
      else s.debounce = setTimeout(() => pump(s), 800);
    };
    const choice = (type, value, label, checked, onchange) => el('div', { class: 'attempt-choice' },
      el('input', { type, id: id(value), name, value, checked, disabled, onchange }),
      el('label', { for: id(value) }, rich(label, q.format, 'span')));
    const group = (hint, ...items) => el('fieldset', { class: 'attempt-answer' }, el('legend', { class: 'sr-only', text: hint }), ...items);
    switch (q.type) {
      case 'single-choice':
        return group(t('chooseOne'), ...q.choices.map((c) => choice('radio', c.id, c.text, r.choiceId === c.id,
          () => { given(s, { type: q.type, choiceId: c.id }); pump(s); })));
      case 'multiple-choice':
        return group(t('chooseMany'), ...q.choices.map((c) => choice('checkbox', c.id, c.text, (r.choiceIds || []).includes(c.id),
          () => { given(s, { type: q.type, choiceIds: [...s.section.querySelectorAll('input:checked')].map((i) => Number(i.value)) }); pump(s); })));
      case 'true-false':
        return group(t('chooseOne'), ...[true, false].map((v) => choice('radio', String(v), t(String(v)), r.value === v,
          () => { given(s, { type: q.type, value: v }); pump(s); })));
      case 'short-answer':
      case 'numerical': {
        const numeric = q.type === 'numerical';
        const hint = el('p', { class: 'academy-muted', id: id('hint'), text: numeric ? t('numberHint') : '' });
        const field = el('input', {
          type: 'text', id: id('text'), class: 'attempt-text', value: r.text || '', disabled, autocomplete: 'off',
          inputmode: numeric ? 'decimal' : null, 'aria-describedby': id('hint'), 'aria-label': t('yourAnswer'),
          oninput: onText, onchange: onText,
        });
        if (numeric) field.addEventListener('input', () => {
          const bad = field.value.trim() !== '' && !/^[-+]?[\d\s\u00a0\u202f]*[.,]?\d+$/.test(field.value.trim());
          hint.textContent = bad ? t('notANumber') : t('numberHint');
        });
        return el('div', { class: 'attempt-answer' }, field, hint);
      }
      case 'essay':
        return el('div', { class: 'attempt-answer' }, el('textarea', {
          id: id('text'), rows: 8, class: 'attempt-essay', disabled, 'aria-label': t('yourAnswer'),
          oninput: onText, onchange: onText,
        }, r.text != null ? r.text : q.responseTemplate || ''));
      case 'matching': {
        const chosen = new Map((r.choices || []).map((c) => [c.item, c.answer]));
        const collect = () => ({ type: q.type, choices: [...s.section.querySelectorAll('select')]
          .filter((x) => x.value).map((x) => ({ item: Number(x.dataset.item), answer: Number(x.value) })) });
        return el('div', { class: 'attempt-answer attempt-matching' }, ...q.items.map((item) => el('div', { class: 'attempt-match' },
          el('label', { for: id('m' + item.id) }, rich(item.text, q.format, 'span')),
          el('select', { id: id('m' + item.id), 'data-item': item.id, disabled, onchange: () => { given(s, collect()); pump(s); } },
            el('option', { value: '', text: t('choose') }),
            ...q.choices.map((c) => el('option', { value: c.id, selected: chosen.get(item.id) === c.id, text: c.text }))))));
      }
      default:
        return null; // a description asks nothing
    }
  }

  function question(s, index) {
    const q = s.q;
    s.status = el('p', { class: 'attempt-status', 'aria-live': 'polite' });
    s.section = el('section', { class: 'attempt-question academy-card', id: 'question-' + q.slot, 'aria-labelledby': 'qh-' + q.slot },
      el('h2', { id: 'qh-' + q.slot, tabindex: '-1' }, t('question', index + 1),
        q.type === 'description' ? null : el('span', { class: 'academy-muted', text: ' · ' + t('mark', num(q.mark)) })),
      rich(q.text, q.format), inputs(s, closed || finished), finished ? review(q) : s.status);
    show(s);
    return s.section;
  }

  /** After the attempt: right or not, the feedback and the right answers, as the review option allows. */
  function review(q) {
    if (q.fraction == null && !q.feedback.length && !q.rightAnswers.length) return null;
    const f = q.fraction == null ? null : Number(q.fraction);
    const verdict = f == null ? null : f >= 1 ? 'right' : f > 0 ? 'partly' : 'wrong';
    const rights = q.type === 'true-false' ? q.rightAnswers.map((a) => t(a)) : q.rightAnswers;
    return el('div', { class: 'attempt-review' },
      verdict && el('p', { class: 'verdict-' + verdict, text: t('verdict.' + verdict) }),
      ...q.feedback.filter((x) => x).map((x) => el('p', { class: 'attempt-feedback' }, rich(x, q.format, 'span'))),
      rights.length ? el('p', {}, el('strong', { text: t('rightAnswer') + ' ' }), rights.join('; ')) : null);
  }

  /** A question's save state, under it and on its navigator button. */
  function show(s) {
    const pending = s.busy || s.sending || s.latest;
    let text = '', state = answered(s.response) ? 'saved' : 'empty';
    if (s.error) [text, state] = [s.error, 'unsaved'];
    else if (s.retryAt) [text, state] = [t('retryIn', Math.max(1, Math.ceil((s.retryAt - Date.now()) / 1000))), 'unsaved'];
    else if (pending && closed) [text, state] = [t('notSaved'), 'unsaved'];
    else if (pending) [text, state] = [t('saving'), 'saving'];
    else if (s.savedAt) text = t('saved', time(s.savedAt));
    if (s.message && !pending) text = s.message + ' ' + text;
    if (s.status) Object.assign(s.status, { textContent: text, className: 'attempt-status status-' + state });
    if (s.navButton) {
      s.navButton.className = 'attempt-nav-' + (s.q.type === 'description' ? 'info' : state);
      s.navButton.setAttribute('aria-label', t('question', slots.indexOf(s) + 1) + ': ' + t('nav.' + state));
    }
  }

  /* ---- The page ---- */

  const bar = el('div', { class: 'attempt-bar' });
  const timer = el('div', { class: 'attempt-timer', role: 'timer', id: 'attemptTimer' });
  const alerts = el('div', { class: 'attempt-alert', role: 'alert', id: 'attemptAlert' });
  const nav = el('nav', { class: 'attempt-nav', 'aria-label': t('navigator'), id: 'attemptNav' });
  const list = el('div', { id: 'attemptQuestions' });
  const pager = el('div', { class: 'attempt-pager' });
  const finishButton = el('button', { type: 'button', id: 'finishAttempt', class: 'attempt-button primary', text: t('finish'), onclick: confirmFinish });
  const dialog = el('dialog', { id: 'finishDialog', 'aria-labelledby': 'finishTitle' });
  const alertText = (text, level) => { alerts.textContent = text; alerts.className = 'attempt-alert ' + (level || 'warn'); };

  function showPage() {
    const one = view.onePerPage && !finished;
    slots.forEach((s, i) => { s.section.hidden = one && i !== current; if (s.navButton) s.navButton.toggleAttribute('aria-current', one && i === current); });
    pager.replaceChildren();
    if (!one) return;
    if (current > 0) pager.append(el('button', { type: 'button', class: 'attempt-button', id: 'prevQuestion', text: t('prev'), onclick: () => go(current - 1) }));
    if (current < slots.length - 1) pager.append(el('button', { type: 'button', class: 'attempt-button', id: 'nextQuestion', text: t('next'), onclick: () => go(current + 1) }));
  }

  function go(i) {
    current = i;
    showPage();
    slots[i].section.querySelector('h2').focus(); // a screen reader starts at the question; the page scrolls to it
  }

  function render() {
    list.replaceChildren(...slots.map((s, i) => question(s, i)));
    nav.replaceChildren(...slots.map((s, i) => (s.navButton = el('button', { type: 'button', text: String(i + 1), onclick: () => go(i) }))));
    slots.forEach(show);
    showPage();
  }

  function tick() {
    if (view.deadlineAt && !finished) {
      const left = Date.parse(view.deadlineAt) - (Date.now() + skew);
      const s = Math.max(0, Math.ceil(left / 1000));
      const hh = Math.floor(s / 3600), mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0'), ss = String(s % 60).padStart(2, '0');
      timer.textContent = t('timeLeft', (hh ? hh + ':' : '') + mm + ':' + ss);
      for (const [minutes, key] of [[5, 'warn5'], [1, 'warn1']]) {
        if (left <= minutes * 60000 && left > 0 && !warned[minutes]) { warned[minutes] = true; alertText(t(key)); }
      }
      timer.classList.toggle('warn', left <= 300000);
      if (left <= 0 && !closed) close();
    }
    slots.filter((s) => s.retryAt).forEach(show);
  }

  /** Time is up or the server says the attempt is over: no more input; wait for the server's grading. */
  function close(v) {
    if (v && v.state !== 'IN_PROGRESS') return result(v);
    if (closed) return;
    closed = true;
    slots.forEach((s) => { clearTimeout(s.timer); clearTimeout(s.debounce); s.retryAt = null; show(s); });
    list.querySelectorAll('input, select, textarea').forEach((x) => { x.disabled = true; });
    finishButton.disabled = true;
    alertText(t('timeUp'), 'closed');
    const poll = () => reload().then((w) => (w.state !== 'IN_PROGRESS' ? result(w) : setTimeout(poll, 5000)), () => setTimeout(poll, 5000));
    setTimeout(poll, 2000);
  }

  function confirmFinish() {
    const questions = slots.filter((s) => s.q.type !== 'description');
    const numbers = (f) => questions.filter(f).map((s) => slots.indexOf(s) + 1).join(', ');
    const empty = numbers((s) => !answered(s.response)), unsaved = numbers((s) => s.busy || s.sending || s.latest || s.error);
    dialog.replaceChildren(
      el('h2', { id: 'finishTitle', text: t('finishTitle') }),
      empty ? el('p', { id: 'finishUnanswered', text: t('finishUnanswered', empty) }) : null,
      unsaved ? el('p', { id: 'finishUnsaved', class: 'academy-error', text: t('finishUnsaved', unsaved) }) : null,
      !empty && !unsaved ? el('p', { text: t('finishAllDone') }) : null,
      el('p', { class: 'academy-muted', text: t('finishWarning') }),
      el('div', { class: 'attempt-pager' },
        el('button', { type: 'button', id: 'finishConfirm', class: 'attempt-button primary', text: t('finishConfirm'), onclick: finish }),
        el('button', { type: 'button', id: 'finishCancel', class: 'attempt-button', text: t('finishCancel'), onclick: () => dialog.close() })));
    dialog.showModal();
  }

  /** Waits a little for answers on their way, then finishes; the server grades at once. */
  function finish(e) {
    e.target.disabled = true;
    alertText(t('finishing'), 'info');
    const started = Date.now();
    const send = () => {
      if (slots.some((s) => s.busy) && Date.now() - started < 5000) return setTimeout(send, 200);
      request('POST', '/finish').then((r) => {
        dialog.close();
        if (r.ok) return result(r.body);
        e.target.disabled = false;
        alertText(t('finishFailed', (r.body && r.body.detail) || r.status), 'closed');
      }, () => { dialog.close(); e.target.disabled = false; alertText(t('finishFailed', t('offline')), 'closed'); });
    };
    send();
  }

  function result(v) {
    view = v;
    finished = closed = true;
    try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
    slots.forEach((s, i) => {
      clearTimeout(s.timer);
      Object.assign(s, { q: v.questions[i], busy: false, sending: null, latest: null, retryAt: null, error: null, message: null });
      s.response = s.q.response ? JSON.parse(s.q.response) : null;
    });
    const summary = el('section', { class: 'academy-card attempt-result', id: 'attemptResult', 'aria-labelledby': 'resultTitle' },
      el('h2', { id: 'resultTitle', tabindex: '-1', text: t('resultTitle') }));
    if (v.percent != null) {
      summary.append(el('p', { id: 'attemptScore', text: t('score', num(v.score), num(v.maxScore), num(v.percent)) }));
      if (v.passed != null && !v.needsGrading) {
        summary.append(el('p', { id: 'attemptPassed', class: v.passed ? 'academy-ok' : 'academy-error' }, el('strong', { text: t(v.passed ? 'passed' : 'notPassed') })));
      }
    } else summary.append(el('p', { text: t('resultHidden') }));
    if (v.needsGrading) summary.append(el('p', { text: t('needsGrading') }));
    summary.append(el('p', {}, el('a', { href: root.dataset.courseUrl, id: 'backToCourse', text: t('backToCourse') })));
    alertText('', '');
    [bar, nav].forEach((x) => x.remove());
    root.prepend(summary);
    render();
    summary.querySelector('h2').focus();
  }

  view.questions.forEach((q) => slots.push({ q, revision: q.revision, savedAt: q.savedAt, response: q.response ? JSON.parse(q.response) : null }));
  timer.hidden = !view.deadlineAt;
  bar.append(timer, finishButton);
  root.replaceChildren(bar, alerts, nav, list, pager, dialog);
  if (view.state !== 'IN_PROGRESS') return result(view);
  restore();
  render();
  slots.forEach((s) => s.latest && pump(s));
  window.addEventListener('online', () => slots.forEach((s) => { if (s.retryAt) { s.failures = 0; pump(s); } }));
  tick();
  setInterval(tick, 1000);
})();
