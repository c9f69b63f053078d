import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { Rewrite, statementFailure } from './failure';
import { Edit, Parameterized, parameterizeLiterals } from './literals';
import { LoadFailure } from './report';
import { StatementItem } from './split';
import { modernizeSchema } from './statement';

/**
 * Part of stage 4 (execute): turns a statement as written into the text and parameters sent to
 * Neo4j (Neo4j 5 schema syntax, EXPLAIN in a dry run, literals lifted into parameters), and back:
 * the safety net for a wrong lift, and the failure described for the statement as written.
 */
export interface Prepared {
  item: StatementItem;
  query: string;
  params: Record<string, unknown>;
  /** The :param values it ran with (without the lifted literals). */
  scriptParams: Record<string, unknown>;
  /** The lifted text, when its literals were lifted (the statement's shape). */
  shape?: string;
  rewrite: Rewrite;
}

export interface PrepareOptions {
  dryRun: boolean;
  parameterize: boolean;
  liftLiterals?: (text: string) => Parameterized | null;
  warn: (message: string) => void;
}

const EXPLAIN = 'EXPLAIN ';
const LIFT_ERROR = /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing|TypeError)$/;
/** Errors raised before anything runs (a statement that commits inner transactions may only be rerun after one of these). */
const COMPILE_ERROR = /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing)$/;

export class StatementPreparer {
  /** Shapes (lifted texts) Neo4j refused although the statement as written is fine: sent as written. */
  private readonly unliftable = new Set<string>();
  private readonly lift: (text: string) => Parameterized | null;

  constructor(
    private readonly driver: Driver,
    private readonly options: PrepareOptions,
  ) {
    this.lift = options.liftLiterals ?? parameterizeLiterals;
  }

  /** `again`: a replay, whose warnings were given already. */
  prepare(item: StatementItem, scriptParams: Record<string, unknown>, again = false): Prepared {
    const modern = modernizeSchema(item.text);
    if (modern && !again)
      this.options.warn(`${item.file}:${item.line}:${item.column}: Neo4j 5 no longer accepts this schema syntax; running it as: ${modern}`);
    const text = modern ?? item.text;
    const base = { item, scriptParams, params: scriptParams };
    if (this.options.dryRun) return { ...base, query: `${EXPLAIN}${text}`, rewrite: { prefix: EXPLAIN.length, replaced: !!modern } };
    const lifted = this.options.parameterize && !modern ? this.lift(text) : null;
    if (!lifted || this.unliftable.has(lifted.text)) return { ...base, query: text, rewrite: { replaced: !!modern } };
    const edits: Edit[] | undefined = lifted.edits;
    return { ...base, query: lifted.text, params: { ...scriptParams, ...lifted.params }, shape: lifted.text, rewrite: { edits } };
  }

  /**
   * True when `p` failed only because its literals were lifted: a lift-class error, and the text as
   * written passes EXPLAIN. Its shape is then sent as written from now on, with one warning.
   * `compileOnly`: accept only errors raised before anything ran.
   */
  async liftedWrongly(p: Prepared, error: unknown, database: string | undefined, compileOnly = false): Promise<boolean> {
    if (!p.shape || !(error instanceof Neo4jError) || !(compileOnly ? COMPILE_ERROR : LIFT_ERROR).test(error.code)) return false;
    if ((await this.explain(p.item.text, p.scriptParams, database)) !== null) return false;
    this.unliftable.add(p.shape);
    this.options.warn(
      `${p.item.file}:${p.item.line}:${p.item.column}: Neo4j refused this statement with its literals sent as parameters (${error.code}: ${error.message.split('\n')[0]}); ` +
        'it runs as written, as do statements of the same shape from here on',
    );
    return true;
  }

  /** A failure as Neo4j gives it for the statement as written, at one position in the file. */
  async describe(p: Prepared, error: unknown, database: string | undefined): Promise<LoadFailure> {
    const rewritten = p.query !== p.item.text;
    const aboutText = error instanceof Neo4jError && COMPILE_ERROR.test(error.code);
    if (!rewritten || !aboutText || p.rewrite.replaced) return statementFailure(p.item, error, p.rewrite);
    // It ran rewritten (lifted literals, EXPLAIN): ask Neo4j about the text as written.
    const asWritten = await this.explain(p.item.text, p.scriptParams, database);
    return asWritten === null
      ? statementFailure(p.item, error, p.rewrite)
      : statementFailure(p.item, asWritten, { prefix: EXPLAIN.length });
  }

  /** EXPLAIN of the text in a read session: null when Neo4j accepts it, else its error. */
  private async explain(text: string, params: Record<string, unknown>, database: string | undefined): Promise<unknown> {
    const s = this.driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await s.run(`${EXPLAIN}${text}`, params);
      return null;
    } catch (e) {
      return e;
    } finally {
      await s.close();
    }
  }
}
