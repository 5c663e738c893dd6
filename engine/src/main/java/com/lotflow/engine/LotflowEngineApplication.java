package com.lotflow.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LotflowEngineApplication {
  public static void main(String[] args) {
    SpringApplication.run(LotflowEngineApplication.class, args);
  }
}
