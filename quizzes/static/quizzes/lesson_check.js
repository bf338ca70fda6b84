// Kỹ Năng Số, lesson pages: "check your understanding" questions from the question bank.
// The page holds no right answer: the answer is sent to the server, which says whether it is
// right and returns the feedback. Nothing is recorded. Messages come from data- attributes.
(function () {
  "use strict";
  if (!window.fetch || !window.JSON) return;

  function readAnswer(form) {
    var question = form.querySelector("[data-type]");
    if (!question) return null;
    var type = question.dataset.type;
    if (type === "single_choice" || type === "true_false") {
      var chosen = question.querySelector("input[type=radio]:checked");
      return chosen ? chosen.value : null;
    }
    if (type === "multiple_choice") {
      var values = Array.prototype.map.call(
        question.querySelectorAll("input[type=checkbox]:checked"),
        function (input) { return input.value; }
      );
      return values.length ? values : null;
    }
    if (type === "short_answer" || type === "numerical") {
      var input = question.querySelector("input[type=text]");
      return input && input.value.trim() ? input.value : null;
    }
    if (type === "matching") {
      var pairs = {};
      var any = false;
      question.querySelectorAll("select[data-pair]").forEach(function (select) {
        if (select.value) {
          pairs[select.dataset.pair] = select.value;
          any = true;
        }
      });
      return any ? pairs : null;
    }
    return null;
  }

  function paragraph(className, text) {
    var element = document.createElement("p");
    element.className = className;
    element.textContent = text;
    return element;
  }

  // Feedback is the trainer's rich text from the question bank, shown as a quiz review shows it.
  function richText(className, html) {
    var element = document.createElement("div");
    element.className = className;
    element.innerHTML = html;
    return element;
  }

  function show(result, state, message, feedback, general) {
    result.textContent = "";
    result.className = "check-result" + (state ? " is-" + state : "");
    result.appendChild(paragraph("check-state", message));
    (feedback || []).forEach(function (html) { result.appendChild(richText("feedback", html)); });
    if (general) result.appendChild(richText("general-feedback", general));
  }

  document.querySelectorAll("[data-question-check]").forEach(function (form) {
    var button = form.querySelector("[data-check-button]");
    var result = form.querySelector("[data-check-result]");
    var note = form.querySelector("[data-check-noscript]");
    var tokenInput = form.querySelector("input[name=csrfmiddlewaretoken]");
    var messages = form.dataset;
    if (!button || !result || !messages.checkUrl) return;
    if (note) note.hidden = true;
    button.hidden = false;

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answer = readAnswer(form);
      if (answer === null) {
        show(result, "", messages.msgEmpty || "");
        return;
      }
      button.disabled = true;
      result.setAttribute("aria-busy", "true");
      fetch(messages.checkUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "X-CSRFToken": tokenInput ? tokenInput.value : "",
          Accept: "application/json",
        },
        body: JSON.stringify({ answer: answer }),
      })
        .then(function (response) {
          return response.json().catch(function () { return {}; });
        })
        .then(function (data) {
          if (data && data.ok) {
            show(result, data.state, data.message, data.feedback, data.general_feedback);
          } else {
            show(result, "", (data && data.message) || messages.msgError || "");
          }
        })
        .catch(function () {
          show(result, "", messages.msgError || "");
        })
        .then(function () {
          button.disabled = false;
          result.removeAttribute("aria-busy");
        });
    });
  });
})();
