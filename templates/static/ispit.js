// Progressive enhancement only: every page works without this file.
// Autosave: on a quiz page, each answer is sent to the server as soon as it changes, so nothing is lost
// between clicks of "Save"; the normal form submission still does the same when scripts are off.
(function () {
  'use strict';
  var form = document.getElementById('paper');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var timer = null;
  function save() {
    var data = new URLSearchParams(new FormData(form));
    data.set('go', 'save');
    fetch(form.action, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).catch(function () { /* offline: the next save or the buttons will carry the answer */ });
  }
  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(save, 300);
  });
})();
