"""The write stage: plan what is out of date, render it in a pool of worker processes with
time and memory budgets, write the outputs atomically and keep earlier editions."""
