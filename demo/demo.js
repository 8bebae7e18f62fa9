// The demo's language switcher: it only sets <html lang dir>, as a CMS would; the elements follow.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    // Right to left: Arabic and Persian among the languages here (as the library's isRtl says).
    document.documentElement.dir = ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr';
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
  button.setAttribute('aria-pressed', String(button.dataset.lang === document.documentElement.lang));
}
