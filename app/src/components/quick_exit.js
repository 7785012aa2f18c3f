// Quick exit, for the pages that offer it (a progressive enhancement: the
// "Leave this site" control is a plain link to /leave that works without
// script). With script, leaving is immediate and leaves no way back:
//  - a click on the control, or Shift pressed three times within five
//    seconds (any other key in between starts the count again, so typing
//    capital letters does not leave), blanks the page at once;
//  - then location.replace('/leave') takes the place of this page in the
//    history, so Back does not return to it; /leave ends the session,
//    clears the site's data and goes on to a neutral site.
(function () {
  'use strict';

  var LEAVE = '/leave';
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var presses = 0;
  var firstPress = 0;

  function leave(event) {
    if (event) event.preventDefault();
    document.title = '';
    var body = document.body;
    if (body) {
      while (body.firstChild) body.removeChild(body.firstChild);
    }
    window.location.replace(LEAVE);
  }

  function onKeyUp(event) {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    var now = Date.now();
    if (presses === 0 || now - firstPress > WINDOW_MS) {
      presses = 0;
      firstPress = now;
    }
    presses += 1;
    if (presses >= PRESSES) leave();
  }

  function start() {
    var controls = document.querySelectorAll('.quick-exit-link');
    for (var i = 0; i < controls.length; i++) {
      controls[i].addEventListener('click', leave);
    }
    var hints = document.querySelectorAll('.quick-exit-hint');
    for (var j = 0; j < hints.length; j++) {
      hints[j].hidden = false;
    }
    document.addEventListener('keyup', onKeyUp, true);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
