# coding: utf-8
xÿ = 1
