import {
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { IndicatorScore } from '../../api/leadership-views';

type Progress = IndicatorScore['progress'];

/**
 * Where an indicator stands against the year's target, in words and an icon as well as a
 * colour (colour is never the only signal). Once the value's period ends with the year the
 * words say reached or not, rather than on pace or not.
 */
export function ProgressTag({ progress }: { progress: Progress }) {
  switch (progress.status) {
    case 'on_track':
      return (
        <Tag color="success" icon={<CheckCircleOutlined />}>
          {progress.final ? 'Đạt' : 'Đúng tiến độ'}
        </Tag>
      );
    case 'at_risk':
      return (
        <Tag color="warning" icon={<WarningOutlined />}>
          Có nguy cơ
        </Tag>
      );
    case 'off_track':
      return (
        <Tag color="error" icon={<ExclamationCircleOutlined />}>
          {progress.final ? 'Không đạt' : 'Chậm tiến độ'}
        </Tag>
      );
    case 'no_target':
      return <Tag icon={<MinusCircleOutlined />}>Chưa đặt chỉ tiêu</Tag>;
    case 'no_data':
      return <Tag icon={<MinusCircleOutlined />}>Chưa có số liệu</Tag>;
  }
}
