// The host page's own script (external, as a strict CSP requires): records what each
// `form[data-record]` submits, as the CMS's handler would receive it, and says so on the page.
// The check scripts read `window.hostSubmissions` (one array of [name, value] pairs per submit).
window.hostSubmissions = [];
for (const form of document.querySelectorAll('form[data-record]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entries = [...new FormData(form, event.submitter)].map(([name, value]) => [name, String(value)]);
    window.hostSubmissions.push(entries);
    const status = document.getElementById(form.dataset.record);
    if (status) status.textContent = `Tack! Formuläret skickades med ${entries.length} uppgifter.`;
  });
}
