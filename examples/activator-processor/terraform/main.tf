# The Activator -> Processor pipeline deployed to Cairn with the hashicorp/aws provider, unchanged
# but for the provider's endpoints. Build the function zips first (see ../README.md), then:
#   terraform init && terraform apply -var endpoint=http://127.0.0.1:8083

variable "endpoint" {
  type        = string
  description = "Cairn's address (cairn serve)"
  default     = "http://127.0.0.1:8083"
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true

  endpoints {
    iam    = var.endpoint
    lambda = var.endpoint
    sfn    = var.endpoint
    sts    = var.endpoint
  }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  name               = "hsi-lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "lambda_logs" {
  role       = aws_iam_role.lambda.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "activator" {
  function_name    = "activator"
  filename         = "${path.module}/build/activator.zip"
  source_code_hash = filebase64sha256("${path.module}/build/activator.zip")
  handler          = "activator.handler"
  runtime          = "python3.12"
  timeout          = 30
  role             = aws_iam_role.lambda.arn
}

resource "aws_lambda_function" "processor" {
  function_name    = "processor"
  filename         = "${path.module}/build/processor.zip"
  source_code_hash = filebase64sha256("${path.module}/build/processor.zip")
  handler          = "processor.handler"
  runtime          = "python3.12"
  timeout          = 30
  role             = aws_iam_role.lambda.arn

  environment {
    variables = {
      STAGE = "dev"
    }
  }
}

resource "aws_iam_role" "state_machine" {
  name = "hsi-pipeline-sfn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "states.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "invoke" {
  name = "hsi-invoke-lambdas"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["lambda:InvokeFunction"], Resource = [aws_lambda_function.activator.arn, aws_lambda_function.processor.arn] }]
  })
}

resource "aws_iam_role_policy_attachment" "invoke" {
  role       = aws_iam_role.state_machine.name
  policy_arn = aws_iam_policy.invoke.arn
}

resource "aws_sfn_state_machine" "pipeline" {
  name     = "hsi-pipeline"
  role_arn = aws_iam_role.state_machine.arn
  definition = templatefile("${path.module}/state-machine.json.tpl", {
    activator_arn = aws_lambda_function.activator.arn
    processor_arn = aws_lambda_function.processor.arn
  })
}

output "state_machine_arn" {
  value = aws_sfn_state_machine.pipeline.arn
}
