// Progressive enhancement only: every page works without this file.
// Autosave: on a quiz page, each answer is sent to the server as soon as it changes (typed ones when typing
// pauses), so nothing is lost between clicks of "Save"; the normal form submission still does the same when
// scripts are off.
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
  function later(ms) {
    return function () {
      clearTimeout(timer);
      timer = setTimeout(save, ms);
    };
  }
  // Choices save at once; typed answers once typing pauses, not only when the field loses focus
  // (a learner who types a number and closes the laptop must not lose it).
  form.addEventListener('change', later(300));
  form.addEventListener('input', later(800));
})();
