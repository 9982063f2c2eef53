import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PagedRequest } from '../shared/read-model.requests';

/** GET /notifications query parameters. */
export class NotificationsRequest extends PagedRequest {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only the notifications not read yet' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unreadOnly?: 'true' | 'false';
}
