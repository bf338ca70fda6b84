// Sends the deep-linking answer back to the platform at once; the button stays for browsers
// without scripts.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosubmit]");
  if (form) {
    form.submit();
  }
})();
