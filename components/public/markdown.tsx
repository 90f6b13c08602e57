import { cn } from "@/components/ui/cn";

/** Renders HTML that lib/server/public/markdown.ts has already sanitised. */
export function MarkdownHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "text-base leading-relaxed text-slate-800",
        "[&_h2]:mb-3 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h2:first-child]:mt-0",
        "[&_h3]:mb-2 [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold",
        "[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1",
        "[&_a]:text-brand-700 [&_a]:underline [&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-100 [&_blockquote]:pl-4",
        "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_hr]:my-6 [&_hr]:border-slate-200",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
