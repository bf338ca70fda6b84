// Kỹ Năng Số: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Close the account menu with Escape and when focus or a click leaves it.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) summary.focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
})();
