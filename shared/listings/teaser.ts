/** Two significant digits: "about 2,300 kg" tells a visitor the scale without the exact figure. */
export function roundForTeaser(quantity: number): number {
  if (!(quantity > 0)) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(quantity)) - 1);
  return Math.round(quantity / magnitude) * magnitude;
}
