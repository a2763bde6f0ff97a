// Text widths for node and label sizes, measured once per string with a canvas.
let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

export function textWidth(text: string, size: number): number {
  const key = `${size}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
      width = Math.ceil(context.measureText(text).width);
    } else {
      width = Math.ceil(text.length * size * 0.6);
    }
    cache.set(key, width);
  }
  return width;
}
