import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { About } from './about.type';
import { aboutServer } from '../../graph/repositories/about';

@Resolver()
export class AboutResolver {
  @Query(() => About, { description: 'The API version and the Neo4j server behind it.' })
  async about(@Ctx() ctx: Context): Promise<About> {
    return aboutServer(ctx.graph);
  }
}
