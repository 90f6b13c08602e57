"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The public header's links, with aria-current on the page being shown. */
export function PublicNav({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1 text-sm">
      {links.map((l) => {
        const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? "page" : undefined}
            className={cn("rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100", current && "bg-brand-50 font-medium text-brand-800")}
          >
            {l.text}
          </Link>
        );
      })}
    </nav>
  );
}
