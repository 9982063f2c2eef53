import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts-setup';

/**
 * One ECharts chart on a canvas. The container is an image with a label for screen readers
 * (the numbers themselves are in the table beside each chart); it follows the window's and
 * its own width.
 */
export function EChart({
  option,
  ariaLabel,
  height,
}: {
  option: ChartOption;
  ariaLabel: string;
  height: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    // A card opening or a menu collapsing changes the width without a window resize.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element);
    return () => {
      window.removeEventListener('resize', resize);
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
