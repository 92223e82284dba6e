import type { SVGProps } from "react";

/*
 * Icons repeated on every row of a long list are drawn once as <symbol>s and referenced
 * with <use>: a lucide component per row costs a render and ~500 bytes of path each time.
 * Paths from lucide (ISC licence), same 24×24 grid and stroke, so they match the others.
 */
const SYMBOLS = {
  star: (
    <path d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z" />
  ),
  eye: (
    <>
      <path d="M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
} as const;

export type SpriteIconName = keyof typeof SYMBOLS;

const id = (name: SpriteIconName) => `sprite-${name}`;

/** Render once on a page that uses <SpriteIcon>. */
export function SpriteSymbols({ names }: { names: SpriteIconName[] }) {
  return (
    <svg aria-hidden width="0" height="0" className="absolute">
      {names.map((name) => (
        <symbol key={name} id={id(name)} viewBox="0 0 24 24">
          {SYMBOLS[name]}
        </symbol>
      ))}
    </svg>
  );
}

/** Stroke and fill come from the <svg> (currentColor, fill-* classes), as lucide's do. */
export function SpriteIcon({ name, ...props }: { name: SpriteIconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg aria-hidden fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" {...props}>
      <use href={`#${id(name)}`} />
    </svg>
  );
}
