/* Accessible names for the admin's autocomplete fields (issue 15; axe: aria-input-field-name).
 *
 * Django's autocomplete widget (Select2) hides the <select> and shows a combobox whose name comes from
 * the text of the current choice, so an empty field has no name at all. This labels each combobox
 * with the field's own <label> as well. Select2 builds its elements after this file runs, and again
 * for rows added to inlines, so new comboboxes are labelled as they appear.
 */
(function () {
  "use strict";

  function labelCombobox(combobox) {
    var container = combobox.closest(".select2-container");
    var select = container && container.previousElementSibling;
    if (!select || select.tagName !== "SELECT" || !select.id) {
      return;
    }
    var label = document.querySelector('label[for="' + select.id + '"]');
    if (!label) {
      return;
    }
    if (!label.id) {
      label.id = select.id + "-etikett";
    }
    var current = combobox.getAttribute("aria-labelledby") || "";
    if (current.split(" ").indexOf(label.id) === -1) {
      combobox.setAttribute("aria-labelledby", (label.id + " " + current).trim());
    }
    // The text of the current choice inside it is a read-only textbox of its own (a single choice),
    // and a field for many choices has a search box: both named by the label too.
    combobox.querySelectorAll('[role="textbox"], .select2-search__field').forEach(function (field) {
      if (!field.getAttribute("aria-labelledby")) {
        field.setAttribute("aria-labelledby", label.id);
      }
    });
    // Select2 puts its "remove all" button straight into the list of choices, where only list items
    // may stand (axe: list): it goes into an item of its own, which keeps Select2's delegated click.
    combobox.querySelectorAll("ul.select2-selection__rendered > .select2-selection__clear").forEach(function (clear) {
      var item = document.createElement("li");
      item.className = "kb-select2-clear";
      clear.parentNode.insertBefore(item, clear);
      item.appendChild(clear);
    });
  }

  function labelAll(root) {
    root.querySelectorAll('.select2-selection[role="combobox"]').forEach(labelCombobox);
  }

  document.addEventListener("DOMContentLoaded", function () {
    labelAll(document);
    new MutationObserver(function () {
      labelAll(document);
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
