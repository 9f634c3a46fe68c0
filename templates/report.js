// Optional: filter the claim list by verdict. Without JS the list is complete and the
// filter controls stay hidden.
(function () {
  var box = document.querySelector(".filters");
  if (!box) { return; }
  box.hidden = false;
  box.addEventListener("change", function (event) {
    var input = event.target;
    var verdict = input.getAttribute("data-verdict");
    document.querySelectorAll(".finding").forEach(function (item) {
      if (item.getAttribute("data-verdict") === verdict) {
        item.classList.toggle("filtered", !input.checked);
      }
    });
  });
})();
