#!/usr/bin/env node
// 命令行入口：经 tsx 直接运行 TypeScript 源码（src/cli.ts），无需预先编译。
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
