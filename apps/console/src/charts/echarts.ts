// ECharts, tree-shaken: only the series and components the console draws. This module is loaded
// on demand by <Chart>, so it is not part of the initial bundle (bench: initial JS gzipped).
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { AxisBreak } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

// Series, components, then renderer and features: one use() each, a line each (not the import list again).
echarts.use([BarChart, CustomChart, ScatterChart]);
echarts.use([AriaComponent, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent]);
echarts.use([CanvasRenderer, AxisBreak]);

export { echarts };
