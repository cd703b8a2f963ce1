import { useEffect, useRef, useState } from 'preact/hooks';
import type { EChartsCoreOption } from 'echarts/core';

type ECharts = (typeof import('./echarts.js'))['echarts'];
let loading: Promise<ECharts> | null = null;
const loadECharts = () => (loading ??= import('./echarts.js').then((m) => m.echarts));

/**
 * One ECharts chart. `label` names it for screen readers (with ECharts' own aria description);
 * every chart in the console also has its data as a table beside it. `data-drawn` turns "true"
 * once ECharts has finished rendering (what the browser tests and the bench wait for).
 */
export function Chart(props: { name: string; label: string; option: EChartsCoreOption; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let chart: ReturnType<ECharts['init']> | null = null;
    let gone = false;
    const node = el.current!;
    node.dataset.drawn = 'false';
    // The chart follows its box (a window resize, a rotated phone, a layout change).
    const observer = new ResizeObserver(() => chart?.resize());
    loadECharts()
      .then((echarts) => {
        if (gone) return;
        chart = echarts.init(node, undefined, { renderer: 'canvas' });
        chart.on('finished', () => {
          node.dataset.drawn = 'true';
        });
        chart.setOption({
          aria: { enabled: true, label: { description: props.label } },
          animation: false,
          ...props.option,
        });
        observer.observe(node);
      })
      .catch((err) => setFailed(err instanceof Error ? err.message : String(err)));
    return () => {
      gone = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [props.option, props.label]);
  if (failed) return <p class="error">The chart could not be drawn: {failed}</p>;
  return (
    <div
      ref={el}
      class="chart"
      data-chart={props.name}
      role="img"
      aria-label={props.label}
      style={{ height: `${props.height ?? 280}px` }}
    />
  );
}
