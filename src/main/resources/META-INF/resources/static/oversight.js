// Progressive enhancement only: every page works without it. The GOV.UK Frontend components (skip link, error
// summary focus, notification banner) start here, from a file, as the Content-Security-Policy allows no inline script.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
