// Starts the app. index.html already shows the page's frame, prerendered from
// Layout, and fetches the app's code beside this script (build/index-html.ts);
// the code is run once that frame has painted, so a phone shows the frame at
// once rather than a blank page while the app's code is evaluated. A hidden
// tab has no frame to paint, and starts at once.
function start() {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = document.getElementById('app').href;
  script.onerror = () => {
    document.getElementById('main').textContent =
      'K8s OS Advisor could not load its code. Check your connection, then reload the page.';
  };
  document.head.append(script);
}

if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
