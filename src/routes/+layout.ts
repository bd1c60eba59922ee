export const prerender = true;
// Every page is a folder with an index.html (vergelijk/index.html), so a plain static web server
// finds /vergelijk/?s=… without knowing that /vergelijk means vergelijk.html; /vergelijk?s=… is
// redirected there by the server (or by the app).
export const trailingSlash = 'always';
