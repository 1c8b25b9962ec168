#!/usr/bin/env node
// Launcher kept outside dist/ so package managers can link the bin before the package is built.
import '../dist/cli.js';
