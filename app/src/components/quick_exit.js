// Quick exit, for the pages that offer it (a progressive enhancement: the
// "Leave this site" control is a plain link to /leave that works without
// script). With script, leaving is immediate and leaves no way back:
//  - a click on the control, or Shift pressed three times on its own
//    within five seconds, blanks the page at once. A Shift held to type a
//    capital letter is not counted, and any other key starts the count
//    again, so typing never leaves;
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
  // Whether the Shift being held has been pressed on its own so far.
  var shiftAlone = false;

  function leave(event) {
    if (event) event.preventDefault();
    document.title = '';
    var body = document.body;
    if (body) {
      while (body.firstChild) body.removeChild(body.firstChild);
    }
    window.location.replace(LEAVE);
  }

  function onKeyDown(event) {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    presses = 0;
  }

  function onKeyUp(event) {
    if (event.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    var now = Date.now();
    if (presses === 0 || now - firstPress > WINDOW_MS) {
      presses = 0;
      firstPress = now;
    }
    presses += 1;
    if (presses >= PRESSES) {
      presses = 0;
      leave();
    }
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
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
