import { replaceState } from '$app/navigation';

/**
 * Keep the address bar on what the screen shows: `href()` (null while the page is still
 * starting), written at most every 400 ms because browsers limit history updates. Call it while
 * a component is set up.
 */
export function followAddress(href: () => string | null): void {
	$effect(() => {
		const next = href();
		if (next === null) return;
		const timer = setTimeout(() => {
			const url = new URL(next, location.href);
			if (url.href !== location.href) replaceState(url, {});
		}, 400);
		return () => clearTimeout(timer);
	});
}
