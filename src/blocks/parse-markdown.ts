import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// Built once: a frozen processor parses without re-running plugin setup.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .freeze()

/**
 * Parse Markdown into mdast, with GFM and YAML front matter.
 *
 * @param text
 *   Markdown.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}
