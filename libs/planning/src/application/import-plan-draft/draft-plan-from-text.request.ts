import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PLAN_TEXT_MAX_LENGTH } from '../../domain';

export class DraftPlanFromTextRequest {
  @ApiProperty({
    description:
      "The plan's text as pasted or read from a .txt file (Vietnamese, numbered sections and bullets)",
    maxLength: PLAN_TEXT_MAX_LENGTH,
    example:
      'KẾ HOẠCH\nChuyển đổi số thành phố Huế năm 2026\nI. NHIỆM VỤ\n- Sở Tài chính bố trí kinh phí trước ngày 30/6/2026.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PLAN_TEXT_MAX_LENGTH)
  text!: string;
}
