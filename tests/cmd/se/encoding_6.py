# coding: utf-8
x=1 # ÿ
y = 2 +
