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
    // The text of the current choice inside it is a read-only textbox of its own: named by the label too.
    var rendered = combobox.querySelector('[role="textbox"]');
    if (rendered && !rendered.getAttribute("aria-labelledby")) {
      rendered.setAttribute("aria-labelledby", label.id);
    }
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
