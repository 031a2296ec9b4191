# coding: ascii
x="é"
