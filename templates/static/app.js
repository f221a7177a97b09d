// Afterview admin pages: small progressive enhancements; every page works without them.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  if (!field) return;
  const done = () => {
    const label = button.textContent;
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = label; }, 1600);
  };
  field.select();
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, () => { document.execCommand("copy"); done(); });
  } else {
    document.execCommand("copy");
    done();
  }
});

// Ask before destructive actions (cancel an interview, rotate a secret, disable an account).
document.addEventListener("submit", (event) => {
  const form = event.target;
  const question = form.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// An empty end time follows the start by an hour, the usual length of an interview.
document.addEventListener("change", (event) => {
  const start = event.target;
  if (!start.matches("input[name=start]")) return;
  const end = start.form && start.form.querySelector("input[name=end]");
  if (!end || end.value || !start.value) return;
  const when = new Date(start.value);
  if (Number.isNaN(when.getTime())) return;
  when.setHours(when.getHours() + 1);
  const pad = (n) => String(n).padStart(2, "0");
  end.value = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
});

// At the first sign-in the account takes this browser's time zone, unless one was chosen.
for (const field of document.querySelectorAll("input[data-browser-zone]")) {
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    field.value = "";
  }
}
