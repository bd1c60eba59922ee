/**
 * A box whose content scrolls sideways can be reached by keyboard (tabindex 0) while, and only
 * while, it actually scrolls: at 375 px a wide table is a tab stop, at full width it is not.
 * Use as `{@attach keyboardScroll}`.
 */
export function keyboardScroll(node: HTMLElement): () => void {
	const update = () => {
		if (node.scrollWidth > node.clientWidth + 1) node.tabIndex = 0;
		else node.removeAttribute('tabindex');
	};
	const observer = new ResizeObserver(update);
	observer.observe(node);
	if (node.firstElementChild) observer.observe(node.firstElementChild);
	update();
	return () => observer.disconnect();
}
