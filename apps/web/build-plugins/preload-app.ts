import type { Plugin } from 'vite';

/**
 * The entry (src/main.tsx) imports the app dynamically, so that the texts of the visitor's
 * language load beside it; Vite preloads only an entry's static imports. This adds a
 * modulepreload for every chunk the app module needs before it runs, so that the browser fetches
 * them while it parses index.html instead of after the entry has run.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'portal:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preloadApp: no chunk for ${appModule}`);
        const needed = new Set<string>();
        const visit = (fileName: string) => {
          if (needed.has(fileName)) return;
          needed.add(fileName);
          for (const imported of bundle[fileName]?.type === 'chunk' ? bundle[fileName].imports : [])
            visit(imported);
        };
        visit(app.fileName);
        return {
          html,
          tags: [...needed]
            .filter((fileName) => !html.includes(`/${fileName}"`))
            .map((fileName) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
              injectTo: 'head' as const,
            })),
        };
      },
    },
  };
}
