import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'giaoviec:public-route';

/** Routes anyone may call without an actor: health, docs. */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
