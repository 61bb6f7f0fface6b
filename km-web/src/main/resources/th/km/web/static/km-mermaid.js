// Draws a work manual's flowchart from its Mermaid text, with the Mermaid script km ships
// (static/mermaid, never loaded from the internet). Without scripts the page shows the text.
(function () {
  "use strict";
  var source = document.getElementById("flowchart-source");
  var drawing = document.getElementById("flowchart-drawing");
  if (!source || !drawing || typeof window.mermaid === "undefined") {
    return;
  }
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  window.mermaid
    .render("km-flowchart-svg", source.textContent)
    .then(function (result) {
      drawing.innerHTML = result.svg;
      drawing.removeAttribute("aria-hidden");
      drawing.setAttribute("data-drawn", "true");
      source.classList.add("drawn");
    })
    .catch(function () {
      drawing.setAttribute("data-drawn", "failed");
    });
})();
