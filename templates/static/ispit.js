// Progressive enhancement only: every page works without this file.
// Autosave: on a quiz page, each answer is sent to the server as soon as it changes (typed ones when typing
// pauses), and once more, with sendBeacon, when the page is hidden or closed; the normal form submission
// still does the same when scripts are off. The whole form is sent as it stands (field names are the
// server's business, not this script's).
// Countdown: the time left, counted from the server's figure at render time with the browser's monotonic
// clock (a wrong clock on the device does not matter), warnings at 5 and 1 minutes in a live region, and
// when time runs out the page's answers are saved and the learner is led to the result.
(function () {
  'use strict';
  var form = document.getElementById('paper');
  var timer = document.getElementById('timer');
  var canFetch = !!(window.fetch && window.URLSearchParams && window.FormData);

  // ---- autosave ----
  var pending = null;   // timer of a save waiting for typing to pause
  var dirty = false;    // changes not yet acknowledged by the server
  var leaving = false;  // a button submitted the form: the browser carries the answers itself
  var closing = false;  // time ran out: no more saves from this page

  function body() {
    var data = new URLSearchParams(new FormData(form));
    data.set('go', 'autosave');
    return data;
  }

  // Sends the form; `then` runs once the server has answered (or failed to).
  function save(then) {
    clearTimeout(pending);
    if (!form || !canFetch) { if (then) then(); return; }
    var sent = dirty;
    dirty = false;
    fetch(form.action, {
      method: 'POST',
      body: body(),
      credentials: 'same-origin',
      keepalive: true,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (res) {
      // A redirect means the server will not take these answers here: the attempt closed (the result says
      // why) or the session ended (sign in; the answers are held and applied afterwards).
      if (res.redirected && !closing) {
        closing = true;
        window.location.assign(res.url);
        return;
      }
      if (!res.ok && sent) dirty = true;
      if (then) then();
    }, function () {
      if (sent) dirty = true; // offline: the next save, the beacon or the buttons will carry the answer
      if (then) then();
    });
  }

  // The page is going away (closed, reloaded, another tab on a phone): send what is unsaved.
  function flush() {
    if (!form || !dirty || leaving || closing) return;
    clearTimeout(pending);
    if (navigator.sendBeacon && navigator.sendBeacon(form.action, body())) {
      dirty = false;
    } else {
      save();
    }
  }

  if (form && canFetch) {
    var later = function (ms) {
      return function () {
        dirty = true;
        clearTimeout(pending);
        pending = setTimeout(save, ms);
      };
    };
    // Choices save at once; typed answers once typing pauses, not only when the field loses focus.
    form.addEventListener('change', later(300));
    form.addEventListener('input', later(800));
    form.addEventListener('submit', function () { leaving = true; clearTimeout(pending); });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  // ---- countdown ----
  if (!timer || !window.performance) return;
  var msLeft = parseInt(timer.getAttribute('data-ms-left'), 10);
  if (isNaN(msLeft)) return;
  // performance.now() counts from the start of this page's navigation, before the server computed msLeft:
  // the countdown ends a little early rather than late, so the last save arrives in time.
  var deadline = msLeft;
  var attempt = '/attempts/' + timer.getAttribute('data-attempt');
  var clock = timer.querySelector('.clock');
  var live = timer.querySelector('.timer-live');
  var stat = timer.querySelector('.timer-static');
  var alertBox = document.getElementById('timer-alert');
  var warned = {};
  var store = null;
  try { store = window.sessionStorage; } catch (e) { store = null; }

  function left() { return deadline - window.performance.now(); }

  function show(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    clock.textContent = (h ? h + ':' + two(m) : String(m)) + ':' + two(sec);
  }

  function announce(text) {
    // Replace, do not append: screen readers announce the change once.
    alertBox.textContent = text;
    timer.classList.add('urgent');
  }

  // A warning is given once per attempt, when its threshold is crossed on this page or shortly before it
  // loaded (moving between pages must neither repeat nor swallow it).
  function warn(ms, prev) {
    [5, 1].forEach(function (min) {
      var at = min * 60000;
      var key = 'ispit-warned-' + attempt + '-' + min;
      if (warned[min] || ms > at || prev <= at) return;
      if (store && store.getItem(key)) { warned[min] = true; return; }
      warned[min] = true;
      if (store) { try { store.setItem(key, '1'); } catch (e) { /* private mode */ } }
      announce(timer.getAttribute('data-warn-' + min));
    });
  }

  function timeUp() {
    closing = true;
    announce(timer.getAttribute('data-time-up'));
    // Save what is on the page, then go to the attempt: once the server's deadline has passed it leads to
    // the result, which says that time ran out. (The server counts answers through the deadline's second.)
    var go = function () {
      var wait = Math.max(0, 1500 + left());
      setTimeout(function () { window.location.assign(attempt); }, wait);
    };
    if (form && canFetch) {
      var data = body();
      fetch(form.action, {
        method: 'POST', body: data, credentials: 'same-origin', keepalive: true,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
      }).then(go, go);
    } else {
      go();
    }
  }

  var prev = msLeft + 15000;
  stat.hidden = true;
  live.hidden = false;
  (function tick() {
    var ms = left();
    show(ms);
    warn(ms, prev);
    prev = ms;
    if (ms <= 0) { timeUp(); return; }
    // Wake at the next whole second.
    setTimeout(tick, (ms % 1000) || 1000);
  })();

  // Back/forward cache: a page shown again may carry an old count; ask the server afresh.
  window.addEventListener('pageshow', function (e) { if (e.persisted) window.location.reload(); });
})();

// Confirmation before a step that cannot be undone (submitting an attempt): a form with data-confirm asks
// first. Without scripts the summary page's note says the same.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.getAttribute('data-confirm'))) e.preventDefault();
    });
  });
})();

// A region that follows the server while work goes on (a bulk send's progress): every few seconds the page
// is fetched again and the region replaced in place, until the server stops marking it. The status inside
// it (role=status) is announced; nothing reloads, so focus and scrolling stay.
(function () {
  'use strict';
  var live = document.querySelector('[data-live-refresh]');
  if (!live || !window.fetch || !window.DOMParser) return;
  var seconds = Number(live.getAttribute('data-live-refresh')) || 5;
  function tick() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(live.id);
        if (!fresh) return;
        live.innerHTML = fresh.innerHTML;
        if (fresh.hasAttribute('data-live-refresh')) setTimeout(tick, seconds * 1000);
        else live.removeAttribute('data-live-refresh');
      })
      .catch(function () { setTimeout(tick, seconds * 1000); });
  }
  setTimeout(tick, seconds * 1000);
})();
